using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.Protocol;
using NanoVehicle.Host;
using NanoVehicle.Mqtt;
using NanoVehicle.Mqtt.Broker;
using NanoVehicle.Mqtt.Client;

namespace NanoVehicle.Emulator
{
    /// <summary>
    /// One running car: the embedded broker (unless an external one is given), the car's MQTT link (subscriptions,
    /// retained online status with an offline last will), the simulation tick on a real clock, the state file and the
    /// extra services. Start it with <see cref="StartAsync"/>; <see cref="StopAsync"/> publishes offline, saves and stops.
    /// </summary>
    /// <example>
    /// <code>
    /// var log = new EmulatorLog(Console.Out);
    /// await using EmulatorHost car = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0 }, log);
    /// Console.WriteLine(car.BrokerUrl);   // mqtt://127.0.0.1:&lt;port&gt;
    /// </code>
    /// </example>
    public sealed class EmulatorHost : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly List<IEmulatorService> _started = new List<IEmulatorService>();
        private MqttClient _client;
        private Task _ticks = Task.CompletedTask;
        private int _connections;
        private int _stopped;

        private EmulatorHost(EmulatorOptions options, EmulatorLog log)
        {
            Options = options;
            Log = log;
        }

        /// <summary>The options it runs with.</summary>
        public EmulatorOptions Options { get; }

        /// <summary>The log.</summary>
        public EmulatorLog Log { get; }

        /// <summary>The car: read it with <see cref="VehicleRuntime.Read{T}"/>, watch it with <see cref="VehicleRuntime.Stepped"/>.</summary>
        public VehicleRuntime Runtime { get; private set; }

        /// <summary>The embedded broker, or null when the car uses an external one.</summary>
        public MqttBroker Broker { get; private set; }

        /// <summary>The broker the car is connected to, as a URL the CLI accepts.</summary>
        public string BrokerUrl { get; private set; }

        /// <summary>
        /// Starts the car. Throws <see cref="EmulatorStartException"/> with a message saying what to change when the port
        /// is taken, the broker cannot be reached or an option is wrong.
        /// </summary>
        public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, EmulatorLog log, IClock clock = null,
            IList<IEmulatorService> services = null, CancellationToken cancellationToken = default)
        {
            var host = new EmulatorHost(options, log);
            try
            {
                await host.StartCoreAsync(clock ?? SystemClock.Instance, services ?? EmulatorServices.Create(options), cancellationToken).ConfigureAwait(false);
                return host;
            }
            catch
            {
                await host.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        private async Task StartCoreAsync(IClock clock, IList<IEmulatorService> services, CancellationToken cancellationToken)
        {
            try
            {
                Runtime = new VehicleRuntime(Options, clock, Log);
            }
            catch (ArgumentException ex)
            {
                throw new EmulatorStartException(ex.Message, ex);
            }

            if (Options.Broker == null)
            {
                StartEmbeddedBroker();
            }
            else
            {
                BrokerUrl = Options.Broker;
            }

            await ConnectAsync(cancellationToken).ConfigureAwait(false);
            _ticks = Task.Run(TickAsync);
            foreach (IEmulatorService service in services)
            {
                await service.StartAsync(this, cancellationToken).ConfigureAwait(false);
                _started.Add(service);
                Log.Write($"service started: {service.Name}");
            }
            Log.Write($"car {Options.Vin} ({Runtime.Car.Profile.Id}) online at {BrokerUrl}; requests on {ProtocolTopics.RequestFilter}");
        }

        private void StartEmbeddedBroker()
        {
            if (!IPAddress.TryParse(Options.Bind, out IPAddress address))
            {
                throw new EmulatorStartException($"--bind '{Options.Bind}' is not an IP address");
            }
            Broker = new MqttBroker(new MqttBrokerOptions { EndPoint = new IPEndPoint(address, Options.Port), Logger = Log });
            try
            {
                Broker.Start();
            }
            catch (MqttBrokerStartException ex)
            {
                Broker = null;
                string advice = ex.PortInUse
                    ? $"Port {Options.Port} is taken: pick another with --port (e.g. --port {Options.Port + 1}, or --port 0 for any free port), " +
                      $"or use the broker already there with --broker mqtt://{Options.Bind}:{Options.Port}."
                    : "Check --bind and --port.";
                throw new EmulatorStartException(ex.Message + " " + advice, ex);
            }
            string hostName = address.Equals(IPAddress.Any) ? "127.0.0.1" : Options.Bind;
            BrokerUrl = $"mqtt://{hostName}:{Broker.Port}";
            Log.Write($"embedded MQTT broker listening on {Broker.EndPoint}");
        }

        private async Task ConnectAsync(CancellationToken cancellationToken)
        {
            VehicleProtocol protocol = Runtime.Protocol;
            OutgoingMessage will = protocol.Offline();
            try
            {
                _client = new MqttClient(new MqttClientOptions
                {
                    Server = BrokerUrl,
                    ClientId = "nanovehicle-" + Options.Vin,
                    CleanSession = true,
                    UserName = Options.UserName,
                    Password = Options.Password,
                    AllowUntrustedCertificates = Options.Insecure,
                    Will = ToMqtt(will),
                    Logger = Log,
                });
            }
            catch (FormatException ex)
            {
                throw new EmulatorStartException($"--broker: {ex.Message}", ex);
            }

            _client.Connected += _ =>
            {
                // A reconnection: the will has announced offline, so announce online again with a fresh snapshot.
                if (Interlocked.Increment(ref _connections) > 1)
                {
                    Log.Write("reconnected to the broker");
                    Task.Run(() => Runtime.Run(p => p.Start()));
                }
            };
            _client.Disconnected += reason => Log.Write($"lost the broker: {reason}");
            try
            {
                await _client.ConnectAsync(cancellationToken).ConfigureAwait(false);
                foreach (string filter in protocol.Subscriptions)
                {
                    await _client.SubscribeAsync(filter, MqttQos.AtLeastOnce, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new EmulatorStartException($"cannot connect to the broker at {BrokerUrl}: {ex.Message}", ex);
            }

            Runtime.Connect(Publish);
            // Requests are handled on the client's network thread as they arrive: the step is short (no I/O; the state
            // file is written beside it), publishing only queues, and the QoS 1 acknowledgement follows the handling.
            _client.MessageReceived += OnMessage;
            Runtime.Run(p => p.Start());
        }

        private void Publish(OutgoingMessage message)
        {
            try
            {
                Task sent = _client.PublishAsync(ToMqtt(message));
                if (!sent.IsCompleted)
                {
                    sent.ContinueWith(t => Log.Write($"publish to {message.Topic} failed: {t.Exception?.GetBaseException().Message}"),
                        CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                }
            }
            catch (Exception ex)
            {
                Log.Write($"publish to {message.Topic} failed: {ex.Message}");
            }
        }

        private void OnMessage(MqttMessage message)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            try
            {
                Runtime.Handle(message.Topic, message.Payload);
            }
            catch (Exception ex)
            {
                // The core never throws for bad input; anything here is a bug, logged and survived.
                Log.Write($"error handling {message.Topic}: {ex}");
            }
        }

        private async Task TickAsync()
        {
            using var timer = new PeriodicTimer(Options.Tick);
            try
            {
                while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
                {
                    try
                    {
                        Runtime.Tick();
                    }
                    catch (Exception ex)
                    {
                        Log.Write($"simulation tick failed: {ex}");
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private static MqttMessage ToMqtt(OutgoingMessage message)
            => new MqttMessage(message.Topic, message.Payload, message.Qos == 0 ? MqttQos.AtMostOnce : MqttQos.AtLeastOnce, message.Retain);

        /// <summary>Publishes offline (retained), disconnects, saves the state, stops the services and the broker.</summary>
        public async Task StopAsync()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1)
            {
                return;
            }
            for (int i = _started.Count - 1; i >= 0; i--)
            {
                try
                {
                    await _started[i].StopAsync().ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    Log.Write($"service {_started[i].Name} failed to stop: {ex.Message}");
                }
            }
            _stopping.Cancel();
            await _ticks.ConfigureAwait(false);
            if (_client != null)
            {
                Runtime?.Connect(null);
                if (_client.IsConnected && Runtime != null)
                {
                    try
                    {
                        Task offline = _client.PublishAsync(ToMqtt(Runtime.Protocol.Offline()));
                        await Task.WhenAny(offline, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        Log.Write($"could not publish offline: {ex.Message}");
                    }
                }
                await _client.DisposeAsync().ConfigureAwait(false);
            }
            Runtime?.Save();
            if (Broker != null)
            {
                await Broker.DisposeAsync().ConfigureAwait(false);
            }
            Log.Write("car stopped" + (Runtime != null ? $"; state saved to {Runtime.StatePath}" : ""));
        }

        /// <summary>Same as <see cref="StopAsync"/>.</summary>
        public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
    }
}
