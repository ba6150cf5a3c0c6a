using System;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core;
using NanoVehicle.Core.Persistence;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Core.State;
using NanoVehicle.Host;

namespace NanoVehicle.Emulator
{
    /// <summary>
    /// One car on the host: the core's <see cref="Vehicle"/> and <see cref="VehicleProtocol"/> behind one lock, its
    /// state file, and the sink its outgoing messages go to. Every step (an incoming message, a simulation tick)
    /// runs under the lock, hands its messages to the sink in order, logs, raises <see cref="Stepped"/> and, when the
    /// state changed, has it saved. Saving happens beside the command path: the snapshot text is taken under the lock,
    /// the atomic file write (with its flush to disk) runs on a background task, and changes that come while a write
    /// is under way are coalesced into the next one.
    /// </summary>
    public sealed class VehicleRuntime
    {
        private readonly object _gate = new object();
        private readonly StateFileStore _store;
        private readonly EmulatorLog _log;
        private readonly SemaphoreSlim _dirty = new SemaphoreSlim(0, 1);
        private readonly CancellationTokenSource _closing = new CancellationTokenSource();
        private readonly Task _saver;
        private Action<OutgoingMessage> _sink;

        /// <summary>Loads the state file (a corrupt one is reported and set aside; the car then starts new) and builds the car.</summary>
        public VehicleRuntime(EmulatorOptions options, IClock clock, EmulatorLog log)
        {
            _log = log;
            VehicleProfile profile = VehicleProfile.Find(options.Profile)
                ?? throw new ArgumentException($"unknown profile '{options.Profile}': use showcase, e208 or ami");
            _store = new StateFileStore(options.ResolvedStatePath);
            var state = new VehicleState();
            StateLoad load = _store.Load(state);
            switch (load.Result)
            {
                case StateLoad.Loaded:
                    log.Write($"state loaded from {_store.Path}");
                    break;
                case StateLoad.Missing:
                    log.Write($"no state file yet: a new car, saved to {_store.Path}");
                    state = null;
                    break;
                default:
                    log.Write($"state file {_store.Path} not usable: {load.Message}" +
                              (load.KeptAsidePath != null ? $"; kept aside as {load.KeptAsidePath}" : "") + "; starting from defaults");
                    state = null;
                    break;
            }
            if (state != null && state.Vin != options.Vin)
            {
                log.Write($"state file holds VIN {state.Vin}, not {options.Vin}: starting from defaults");
                state = null;
            }
            Car = state == null ? new Vehicle(profile, new VehicleSettings(), clock, options.Vin) : new Vehicle(profile, new VehicleSettings(), clock, state);
            if (options.TimeScale > 0)
            {
                string error = Car.ApplyOverrides(new System.Collections.Hashtable { ["timeScale"] = options.TimeScale });
                if (error != null)
                {
                    throw new ArgumentException($"--time-scale: {error}");
                }
            }
            Protocol = new VehicleProtocol(Car, SystemTextJsonPort.Instance, clock);
            LoadResult = load;
            _saver = Task.Run(SaveLoopAsync);
        }

        /// <summary>The car (touch it only inside <see cref="Read{T}"/> or <see cref="Run"/>).</summary>
        public Vehicle Car { get; }

        /// <summary>The car's MQTT protocol.</summary>
        public VehicleProtocol Protocol { get; }

        /// <summary>How the state file was found at start.</summary>
        public StateLoad LoadResult { get; }

        /// <summary>The state file path.</summary>
        public string StatePath => _store.Path;

        /// <summary>
        /// Raised under the lock after every step with what it produced (events for O2X and other services included).
        /// Keep handlers short and do not call back into the runtime from them.
        /// </summary>
        public event Action<ProtocolResult> Stepped;

        /// <summary>Sets where outgoing messages go (null: dropped, e.g. while disconnected).</summary>
        public void Connect(Action<OutgoingMessage> sink)
        {
            lock (_gate) _sink = sink;
        }

        /// <summary>Handles one incoming MQTT message.</summary>
        public ProtocolResult Handle(string topic, byte[] payload) => Run(p => p.Handle(topic, payload));

        /// <summary>Advances the simulation to the clock.</summary>
        public ProtocolResult Tick() => Run(p => p.Advance());

        /// <summary>Runs one protocol step under the lock and dispatches its result.</summary>
        public ProtocolResult Run(Func<VehicleProtocol, ProtocolResult> step)
        {
            lock (_gate)
            {
                ProtocolResult result = step(Protocol);
                foreach (string line in result.Log)
                {
                    _log.Write(line);
                }
                if (_sink != null)
                {
                    foreach (OutgoingMessage message in result.Messages)
                    {
                        _sink(message);
                    }
                }
                if (result.StateChanged && _dirty.CurrentCount == 0)
                {
                    _dirty.Release();
                }
                if (result.StateChanged || result.Events.Length > 0)
                {
                    Stepped?.Invoke(result);
                }
                return result;
            }
        }

        /// <summary>Reads the car under the lock.</summary>
        public T Read<T>(Func<Vehicle, T> read)
        {
            lock (_gate) return read(Car);
        }

        /// <summary>Stops the background saver and writes the state file now (at shutdown).</summary>
        public void Save()
        {
            _closing.Cancel();
            try
            {
                _saver.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
            }
            Write(Snapshot());
        }

        private async Task SaveLoopAsync()
        {
            try
            {
                while (true)
                {
                    await _dirty.WaitAsync(_closing.Token).ConfigureAwait(false);
                    Write(Snapshot());
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private string Snapshot()
        {
            lock (_gate) return PersistenceSnapshot.Write(Car.State);
        }

        private void Write(string text)
        {
            try
            {
                _store.SaveText(text);
            }
            catch (Exception ex)
            {
                _log.Write($"could not save the state to {_store.Path}: {ex.Message}");
            }
        }
    }
}
