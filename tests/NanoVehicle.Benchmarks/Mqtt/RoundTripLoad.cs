using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Mqtt;

namespace NanoVehicle.Benchmarks.Mqtt
{
    /// <summary>
    /// Load tool for round trips through a broker: latency percentiles of one round trip at a time, then the sustained
    /// rate with a fixed number in flight. Same load on every broker. Run:
    /// <c>dotnet run -c Release --project tests/NanoVehicle.Benchmarks -- mqtt-load [samples] [seconds] [window]</c>
    /// </summary>
    public static class RoundTripLoad
    {
        /// <summary>One line of results.</summary>
        public sealed record Result(string Broker, string Case, double P50Micros, double P99Micros, double PerSecond, int Samples);

        /// <summary>The cases measured; add new <see cref="RoundTripCase"/> factories here (e.g. command round trips).</summary>
        public static readonly List<Func<RoundTripCase>> Cases = new List<Func<RoundTripCase>>
        {
            () => new EchoCase(MqttQos.AtMostOnce),
            () => new EchoCase(MqttQos.AtLeastOnce),
            () => new CommandCase(),
        };

        /// <summary>Runs every case through Mosquitto and through the embedded broker and prints a table.</summary>
        public static async Task<int> MainAsync(string[] args)
        {
            int samples = args.Length > 0 ? int.Parse(args[0]) : 5000;
            TimeSpan duration = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1]) : 5);
            int window = args.Length > 2 ? int.Parse(args[2]) : 100;
            Console.WriteLine($"round trips: {samples} sequential samples (after {samples / 10} warm-up), then {duration.TotalSeconds} s with {window} in flight");
            var results = new List<Result>();
            foreach (string brokerName in new[] { "mosquitto", "embedded" })
            {
                foreach (Func<RoundTripCase> make in Cases)
                {
                    await using BrokerUnderTest broker = BrokerUnderTest.Create(brokerName);
                    await broker.StartAsync();
                    await using RoundTripCase roundTrip = make();
                    Result result = await MeasureAsync(broker, roundTrip, samples, duration, window);
                    results.Add(result);
                    Console.WriteLine($"  {result.Broker,-10} {result.Case,-12} p50 {result.P50Micros,8:0} µs  p99 {result.P99Micros,8:0} µs  {result.PerSecond,9:0} round trips/s");
                }
            }
            Console.WriteLine();
            Console.WriteLine("| broker | case | p50 (µs) | p99 (µs) | sustained (round trips/s) |");
            Console.WriteLine("|---|---|---:|---:|---:|");
            foreach (Result r in results)
            {
                Console.WriteLine($"| {r.Broker} | {r.Case} | {r.P50Micros:0} | {r.P99Micros:0} | {r.PerSecond:0} |");
            }
            return 0;
        }

        /// <summary>Measures one case through one broker.</summary>
        public static async Task<Result> MeasureAsync(BrokerUnderTest broker, RoundTripCase roundTrip, int samples, TimeSpan duration, int window)
        {
            int warmUp = samples / 10;
            int capacity = warmUp + samples + 1;
            var sentAt = new long[capacity];
            var latency = new double[capacity];
            var done = new SemaphoreSlim(0);
            roundTrip.Completed = sequence =>
            {
                if (sequence < capacity)
                {
                    latency[sequence] = Stopwatch.GetElapsedTime(sentAt[sequence]).TotalMicroseconds;
                }
                done.Release();
            };
            await roundTrip.StartAsync(broker.Url);

            // Latency: one at a time, so each figure is a full round trip without queueing.
            for (int i = 0; i < warmUp + samples; i++)
            {
                sentAt[i] = Stopwatch.GetTimestamp();
                Observe(roundTrip.SendAsync(i));
                if (!await done.WaitAsync(TimeSpan.FromSeconds(20)))
                {
                    throw new TimeoutException($"{roundTrip.Name} through {broker.Name}: round trip {i} did not complete in 20 s");
                }
            }
            double[] measured = latency.Skip(warmUp).Take(samples).OrderBy(x => x).ToArray();

            // Throughput: keep a window in flight for the duration.
            var slots = new SemaphoreSlim(window);
            long completed = 0;
            roundTrip.Completed = _ =>
            {
                Interlocked.Increment(ref completed);
                slots.Release();
            };
            var clock = Stopwatch.StartNew();
            int sequence = capacity; // outside the latency array
            while (clock.Elapsed < duration)
            {
                if (!await slots.WaitAsync(TimeSpan.FromSeconds(20)))
                {
                    throw new TimeoutException($"{roundTrip.Name} through {broker.Name}: nothing completed in 20 s under load");
                }
                Observe(roundTrip.SendAsync(sequence++));
            }
            // Drain what is still in flight, then count.
            for (int i = 0; i < window; i++)
            {
                if (!await slots.WaitAsync(TimeSpan.FromSeconds(20)))
                {
                    throw new TimeoutException($"{roundTrip.Name} through {broker.Name}: messages lost under load");
                }
            }
            double seconds = clock.Elapsed.TotalSeconds;
            return new Result(broker.Name, roundTrip.Name, Percentile(measured, 0.50), Percentile(measured, 0.99), Interlocked.Read(ref completed) / seconds, samples);
        }

        private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

        private static void Observe(Task task)
        {
            // QoS 1 publications complete on PUBACK; only a failure matters here.
            task.ContinueWith(t => Console.Error.WriteLine("publish failed: " + t.Exception?.GetBaseException().Message), TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}
