using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Tests.Infrastructure
{
    /// <summary>Bounded waits: generous limits that a loaded CI box never reaches when things work.</summary>
    public static class Waits
    {
        /// <summary>The usual limit for something that normally takes milliseconds.</summary>
        public static readonly TimeSpan Long = TimeSpan.FromSeconds(20);

        /// <summary>Awaits <paramref name="task"/>, failing with <paramref name="what"/> after <paramref name="limit"/>.</summary>
        public static async Task<T> Within<T>(this Task<T> task, string what, TimeSpan? limit = null)
        {
            await Within((Task)task, what, limit);
            return await task;
        }

        /// <summary>Awaits <paramref name="task"/>, failing with <paramref name="what"/> after <paramref name="limit"/>.</summary>
        public static async Task Within(this Task task, string what, TimeSpan? limit = null)
        {
            TimeSpan wait = limit ?? Long;
            // Only the wait itself may time out here; a TimeoutException thrown by the task passes through as it is.
            if (await Task.WhenAny(task, Task.Delay(wait)) != task)
            {
                throw new TimeoutException($"timed out after {wait.TotalSeconds} s waiting for {what}");
            }
            await task;
        }

        /// <summary>Reads the next item of a channel within the limit.</summary>
        public static async Task<T> Next<T>(this ChannelReader<T> reader, string what, TimeSpan? limit = null)
        {
            using var cts = new CancellationTokenSource(limit ?? Long);
            try
            {
                return await reader.ReadAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"timed out after {(limit ?? Long).TotalSeconds} s waiting for {what}");
            }
        }

        /// <summary>Whether nothing arrives on the channel for <paramref name="quiet"/> (used only to show an absence, after a positive sync point).</summary>
        public static async Task<bool> StaysEmpty<T>(this ChannelReader<T> reader, TimeSpan quiet)
        {
            using var cts = new CancellationTokenSource(quiet);
            try
            {
                await reader.WaitToReadAsync(cts.Token);
                return false;
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        /// <summary>Polls <paramref name="condition"/> until true or the limit passes.</summary>
        public static async Task Until(Func<bool> condition, string what, TimeSpan? limit = null)
        {
            var deadline = DateTime.UtcNow + (limit ?? Long);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"timed out waiting for {what}");
                }
                await Task.Delay(20);
            }
        }
    }
}
