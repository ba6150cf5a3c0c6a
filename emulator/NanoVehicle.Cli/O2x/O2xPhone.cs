using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Ble;
using NanoVehicle.Ble.Att;
using NanoVehicle.Ble.Gap;
using NanoVehicle.Ble.Gatt;
using NanoVehicle.Ble.Hci;
using NanoVehicle.Ble.Transports;
using NanoVehicle.Core.O2x;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>
    /// The phone side of <c>subscribe pims.vehicle.informations</c> O2X (stellantis-remote.md §4.2–§4.5): scans
    /// for the car's VIN, connects with no pairing, checks the VIN characteristic, subscribes to Status and Event,
    /// and turns what arrives into SDK messages. A first connection fails with 2201 when the car is not seen
    /// within the scan timeout; once found (and with <c>--previous</c>) the car is looked for again without a
    /// limit after every disconnection. The link counts as lost when it drops or when no data arrives for the
    /// loose-connection time; either way the app hears <c>disconnected</c>.
    /// </summary>
    public sealed class O2xPhone
    {
        /// <summary>How long one connection attempt may take.</summary>
        public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

        /// <summary>How long the phone waits before opening a controller again after losing it.</summary>
        public static readonly TimeSpan RadioRetryDelay = TimeSpan.FromSeconds(2);

        private static readonly BleUuid ServiceUuid = BleUuid.Parse(O2xProfile.ServiceUuid);
        private static readonly BleUuid StatusUuid = BleUuid.Parse(O2xProfile.StatusUuid);
        private static readonly BleUuid VinUuid = BleUuid.Parse(O2xProfile.VinUuid);
        private static readonly BleUuid EventUuid = BleUuid.Parse(O2xProfile.EventUuid);

        private readonly O2xOptions options;
        private readonly O2xMessages messages;
        private readonly O2xMemory memory;
        private readonly object dataSync = new object();
        private long lastDataAt;
        private int lastPrintedStatus = -1;
        private string lastMemoryError;

        private enum ScanResult { Found, TimedOut, RadioLost }

        /// <summary>A phone acting on <paramref name="options"/>, writing to <paramref name="messages"/>.</summary>
        public O2xPhone(O2xOptions options, O2xMessages messages, O2xMemory memory)
        {
            this.options = options;
            this.messages = messages;
            this.memory = memory;
        }

        /// <summary>
        /// Runs the subscription until <paramref name="cancel"/> (0) or a failure the SDK reports (1: the FAILED
        /// message has been written).
        /// </summary>
        public async Task<int> SubscribeAsync(CancellationToken cancel)
        {
            string problem = memory.Load();
            if (problem != null) messages.Diagnostic(problem + "; starting with nothing remembered");
            string vin = options.Vin;
            if (options.Previous)
            {
                vin = memory.Vin;
                if (vin == null)
                {
                    messages.Diagnostic($"no previous car remembered in {memory.Path}: subscribe once with --vin VIN");
                    messages.Failed(2101, "vin");
                    return 1;
                }
            }
            else if (memory.Vin != vin)
            {
                // One car at a time: data of another car is not this one's last data.
                memory.LastData = null;
            }

            bool scanLimited = !options.Previous;
            // One deadline for the whole first connection: cars that answer to the VIN but fail the checks do not
            // buy more time.
            long scanDeadline = Environment.TickCount64 + options.ScanTimeoutMilliseconds;
            bool radioOpenedOnce = false;
            try
            {
                while (true)
                {
                    cancel.ThrowIfCancellationRequested();
                    HciTransport transport;
                    try
                    {
                        transport = await HciTransports.OpenAsync(options.Radio, cancel).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        if (!radioOpenedOnce)
                        {
                            messages.Diagnostic($"cannot open the Bluetooth controller '{options.Radio}': {e.Message}"
                                + (options.Radio == O2xOptions.DefaultRadio ? " (is the emulator running?)" : ""));
                            messages.Failed(2341);
                            return 1;
                        }
                        await Task.Delay(RadioRetryDelay, cancel).ConfigureAwait(false);
                        continue;
                    }
                    using var host = new BleHost(transport);
                    var radioLost = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    host.TransportClosed += why =>
                    {
                        messages.Diagnostic("Bluetooth controller lost: " + why);
                        radioLost.TrySetResult(true);
                    };
                    try
                    {
                        await host.StartAsync(cancel).WaitAsync(TimeSpan.FromSeconds(20), cancel).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        messages.Diagnostic("the Bluetooth controller did not start: " + e.Message);
                        if (!radioOpenedOnce)
                        {
                            messages.Failed(2341);
                            return 1;
                        }
                        await Task.Delay(RadioRetryDelay, cancel).ConfigureAwait(false);
                        continue;
                    }
                    radioOpenedOnce = true;

                    while (!radioLost.Task.IsCompleted)
                    {
                        int scanFor = scanLimited ? (int)Math.Max(1, scanDeadline - Environment.TickCount64) : -1;
                        var (result, address) = await ScanAsync(host, vin, scanFor, radioLost.Task, cancel).ConfigureAwait(false);
                        if (result == ScanResult.TimedOut)
                        {
                            messages.Diagnostic($"{vin} not seen within {options.ScanTimeoutMilliseconds} ms");
                            messages.Failed(2201);
                            return 1;
                        }
                        if (result == ScanResult.RadioLost) break;
                        BleConnection link;
                        try
                        {
                            link = await host.ConnectAsync(address, ConnectTimeout).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is TimeoutException || e is HciException || e is IOException || e is InvalidOperationException)
                        {
                            messages.Diagnostic($"connecting to {address} failed: {e.Message}; scanning again");
                            continue;
                        }
                        if (await SessionAsync(link, vin, cancel).ConfigureAwait(false))
                        {
                            // Found and followed once: from now on the car is "the previous vehicle", no scan limit.
                            scanLimited = false;
                            messages.Event(O2xEventFrame.DisconnectedName);
                        }
                    }
                    await Task.Delay(RadioRetryDelay, cancel).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return 0;
            }
        }

        private async Task<(ScanResult, BdAddr)> ScanAsync(BleHost host, string vin, int timeoutMs, Task radioLost, CancellationToken cancel)
        {
            var found = new TaskCompletionSource<BdAddr>(TaskCreationOptions.RunContinuationsAsynchronously);
            var advertisements = new ConcurrentDictionary<ulong, byte[]>();
            void OnAdvertisement(Advertisement a)
            {
                if (a.EventType != AdvertisingEventType.ScanResponse)
                {
                    advertisements[a.Address.Value] = a.Data;
                    return;
                }
                advertisements.TryGetValue(a.Address.Value, out byte[] data);
                if (O2xAdvertising.Parse(data, a.Data).Matches(vin)) found.TrySetResult(a.Address);
            }

            host.AdvertisementReceived += OnAdvertisement;
            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            try
            {
                messages.Diagnostic($"scanning for {vin}" + (timeoutMs > 0 ? $" (gives up after {timeoutMs} ms)" : ""));
                await host.StartScanningAsync(active: true).ConfigureAwait(false);
                Task delay = Task.Delay(timeoutMs > 0 ? timeoutMs : Timeout.Infinite, stopDelay.Token);
                Task first = await Task.WhenAny(found.Task, delay, radioLost).ConfigureAwait(false);
                cancel.ThrowIfCancellationRequested();
                if (first == found.Task) return (ScanResult.Found, found.Task.Result);
                return (first == delay ? ScanResult.TimedOut : ScanResult.RadioLost, default);
            }
            catch (Exception e) when (e is HciException || e is IOException || e is TimeoutException || e is InvalidOperationException)
            {
                messages.Diagnostic("scanning failed: " + e.Message);
                return (ScanResult.RadioLost, default);
            }
            finally
            {
                stopDelay.Cancel();
                host.AdvertisementReceived -= OnAdvertisement;
                if (!radioLost.IsCompleted)
                {
                    try { await host.StopScanningAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false); }
                    catch (Exception e) when (e is not OperationCanceledException) { messages.Diagnostic("stopping the scan failed: " + e.Message); }
                }
            }
        }

        /// <summary>One connection: true when the subscription was set up (so its end is a <c>disconnected</c>).</summary>
        private async Task<bool> SessionAsync(BleConnection link, string vin, CancellationToken cancel)
        {
            bool subscribed = false;
            try
            {
                var gatt = link.Gatt;
                await gatt.ExchangeMtuAsync(247).ConfigureAwait(false);
                var services = await gatt.DiscoverServicesAsync(ServiceUuid).ConfigureAwait(false);
                if (services.Count == 0)
                {
                    messages.Diagnostic($"{link.PeerAddress} has no O2X service; scanning again");
                    await DisconnectQuietly(link).ConfigureAwait(false);
                    return false;
                }
                RemoteCharacteristic status = null, vinCharacteristic = null, evt = null;
                foreach (var c in await gatt.DiscoverCharacteristicsAsync(services[0]).ConfigureAwait(false))
                {
                    if (c.Uuid == StatusUuid) status = c;
                    else if (c.Uuid == VinUuid) vinCharacteristic = c;
                    else if (c.Uuid == EventUuid) evt = c;
                }
                if (status == null || vinCharacteristic == null || evt == null)
                {
                    messages.Diagnostic($"{link.PeerAddress}: the O2X service lacks the Status, VIN or Event characteristic");
                    await DisconnectQuietly(link).ConfigureAwait(false);
                    return false;
                }
                byte[] vinBytes = await gatt.ReadAsync(vinCharacteristic.ValueHandle).ConfigureAwait(false);
                string carVin = O2xVin.FromBytes(vinBytes, 0, vinBytes.Length);
                if (carVin != vin)
                {
                    messages.Diagnostic($"{link.PeerAddress} advertised {vin} but its VIN characteristic reads '{carVin}'; scanning again");
                    await DisconnectQuietly(link).ConfigureAwait(false);
                    return false;
                }
                messages.Diagnostic($"connected to {vin} at {link.PeerAddress}");
                lock (dataSync)
                {
                    memory.Vin = vin;
                    lastPrintedStatus = -1;
                    lastDataAt = Environment.TickCount64;
                    Remember();
                }
                await gatt.SubscribeAsync(evt, OnEvent).ConfigureAwait(false);
                await gatt.SubscribeAsync(status, bytes => OnStatus(vin, bytes)).ConfigureAwait(false);
                subscribed = true;

                // Watch the link: it ends when it drops or when the car stays silent too long.
                while (true)
                {
                    long idle;
                    lock (dataSync) idle = Environment.TickCount64 - lastDataAt;
                    long left = options.LooseConnectionMilliseconds - idle;
                    if (left <= 0)
                    {
                        messages.Diagnostic($"no data from {vin} for {options.LooseConnectionMilliseconds} ms: the link is lost");
                        await DisconnectQuietly(link).ConfigureAwait(false);
                        return true;
                    }
                    Task first = await Task.WhenAny(link.Closed, Task.Delay(TimeSpan.FromMilliseconds(left), cancel)).ConfigureAwait(false);
                    cancel.ThrowIfCancellationRequested();
                    if (first == link.Closed)
                    {
                        messages.Diagnostic($"link to {vin} dropped (reason 0x{link.Closed.Result:X2})");
                        return true;
                    }
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await DisconnectQuietly(link).ConfigureAwait(false);
                throw;
            }
            catch (Exception e) when (e is AttErrorException || e is TimeoutException || e is IOException || e is HciException || e is InvalidOperationException)
            {
                messages.Diagnostic($"O2X session with {link.PeerAddress} failed: {e.Message}");
                await DisconnectQuietly(link).ConfigureAwait(false);
                return subscribed;
            }
        }

        private void OnStatus(string vin, byte[] frame)
        {
            O2xFrameResult decoded = O2xStatusFrame.Decode(frame);
            if (!decoded.Succeeded)
            {
                messages.Diagnostic("ignored a Status frame: " + decoded.Error);
                return;
            }
            string json = O2xJson.Render(vin, DateTime.UtcNow, decoded.Status);
            bool print;
            lock (dataSync)
            {
                lastDataAt = Environment.TickCount64;
                int now = (int)decoded.Status.Status;
                print = options.Reception == O2xReception.Information || now != lastPrintedStatus;
                lastPrintedStatus = now;
                memory.LastData = json;
                Remember();
                // Printed under the lock so messages keep the order in which frames arrived.
                if (print) messages.Result(json);
            }
        }

        private void OnEvent(byte[] frame)
        {
            O2xEventResult decoded = O2xEventFrame.Decode(frame);
            lock (dataSync) lastDataAt = Environment.TickCount64;
            if (decoded.Succeeded) messages.Event(decoded.Name);
            else messages.Diagnostic("ignored an Event frame: " + decoded.Error);
        }

        private void Remember()
        {
            string error = memory.Save();
            if (error != null && error != lastMemoryError) messages.Diagnostic(error);
            lastMemoryError = error;
        }

        private static async Task DisconnectQuietly(BleConnection link)
        {
            if (!link.IsConnected) return;
            try { await link.DisconnectAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false); }
            catch (Exception) { /* the link is going either way */ }
        }
    }
}
