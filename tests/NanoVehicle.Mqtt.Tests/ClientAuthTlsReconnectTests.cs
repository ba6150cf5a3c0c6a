using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using NanoVehicle.Mqtt.Client;
using NanoVehicle.Mqtt.Tests.Infrastructure;
using Xunit;

namespace NanoVehicle.Mqtt.Tests
{
    /// <summary>Our client against mosquitto with a password file.</summary>
    public sealed class ClientAuthenticationTests : IAsyncLifetime
    {
        private MosquittoBroker _mosquitto;

        public async Task InitializeAsync()
        {
            _mosquitto = await MosquittoBroker.StartAsync(
                extraConfig: "password_file {dir}/passwords",
                prepare: dir =>
                {
                    string file = Path.Combine(dir, "passwords");
                    var (code, output) = MosquittoPub.RunToolAsync("mosquitto_passwd", new[] { "-b", "-c", file, "car", "s3cret" }).GetAwaiter().GetResult();
                    Assert.True(code == 0, "mosquitto_passwd failed: " + output);
                });
        }

        public async Task DisposeAsync() => await _mosquitto.DisposeAsync();

        private MqttClient Client(string user, string password) => new MqttClient(new MqttClientOptions
        {
            Server = _mosquitto.Url,
            ClientId = "auth-" + Guid.NewGuid().ToString("N").Substring(0, 8),
            UserName = user,
            Password = password,
            AutoReconnect = false,
        });

        [Fact]
        public async Task RightPasswordConnectsWrongOneIsRefused()
        {
            await using (MqttClient good = Client("car", "s3cret"))
            {
                await good.ConnectAsync().Within("connect with the right password");
                Assert.True(good.IsConnected);
            }
            await using MqttClient bad = Client("car", "wrong");
            var ex = await Assert.ThrowsAsync<MqttConnectionRefusedException>(() => bad.ConnectAsync().Within("CONNACK"));
            Assert.Equal(MqttConnectReturnCode.NotAuthorized, ex.ReturnCode); // mosquitto 2 answers 5 for a wrong password
            Assert.Contains("refused", ex.Message);
        }

        [Fact]
        public async Task CredentialsInTheUrlAreUsed()
        {
            await using var client = new MqttClient(new MqttClientOptions { Server = $"mqtt://car:s3cret@127.0.0.1:{_mosquitto.Port}", ClientId = "url-auth" });
            await client.ConnectAsync().Within("connect with credentials from the URL");
            Assert.True(client.IsConnected);
        }
    }

    /// <summary>Our client over TLS against a mosquitto TLS listener with a certificate made for the test.</summary>
    public sealed class ClientTlsTests : IAsyncLifetime
    {
        private MosquittoBroker _mosquitto;
        private X509Certificate2 _certificate;

        public async Task InitializeAsync()
        {
            using RSA key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            _certificate = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
            string certPem = certificate.ExportCertificatePem();
            string keyPem = key.ExportPkcs8PrivateKeyPem();
            _mosquitto = await MosquittoBroker.StartAsync(
                listenerConfig: "certfile {dir}/server.crt\nkeyfile {dir}/server.key",
                prepare: dir =>
                {
                    File.WriteAllText(Path.Combine(dir, "server.crt"), certPem);
                    File.WriteAllText(Path.Combine(dir, "server.key"), keyPem);
                });
        }

        public async Task DisposeAsync()
        {
            await _mosquitto.DisposeAsync();
            _certificate.Dispose();
        }

        [Fact]
        public async Task ConnectsWhenTheCertificateIsTrustedAndExchangesMessages()
        {
            await using var client = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtts://localhost:{_mosquitto.Port}",
                ClientId = "tls-trusted",
                TrustedCertificate = _certificate,
                MessageChannelCapacity = 10,
            });
            await client.ConnectAsync().Within("TLS connect");
            await client.SubscribeAsync("tls/echo").Within("SUBACK");
            await client.PublishAsync("tls/echo", "over tls", MqttQos.AtLeastOnce).Within("PUBACK");
            Assert.Equal("over tls", (await client.Messages.Next("the echo")).PayloadText);
        }

        [Fact]
        public async Task RefusesAnUntrustedCertificateUnlessValidationIsOff()
        {
            await using var strict = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtts://localhost:{_mosquitto.Port}",
                ClientId = "tls-strict",
                AutoReconnect = false,
            });
            await Assert.ThrowsAnyAsync<System.Security.Authentication.AuthenticationException>(() => strict.ConnectAsync().Within("TLS handshake"));

            await using var lax = new MqttClient(new MqttClientOptions
            {
                Server = $"mqtts://127.0.0.1:{_mosquitto.Port}",
                ClientId = "tls-lax",
                AllowUntrustedCertificates = true,
            });
            await lax.ConnectAsync().Within("TLS connect without validation");
            Assert.True(lax.IsConnected);
        }
    }

    /// <summary>Automatic reconnection after the broker restarts.</summary>
    public sealed class ClientReconnectTests : IAsyncLifetime
    {
        private MosquittoBroker _mosquitto;

        public async Task InitializeAsync() => _mosquitto = await MosquittoBroker.StartAsync();

        public async Task DisposeAsync() => await _mosquitto.DisposeAsync();

        [Fact]
        public async Task ReconnectsAfterBrokerRestartAndResubscribes()
        {
            await using var client = new MqttClient(new MqttClientOptions
            {
                Server = _mosquitto.Url,
                ClientId = "reconnecting",
                ReconnectMinDelay = TimeSpan.FromMilliseconds(100),
                ReconnectMaxDelay = TimeSpan.FromSeconds(1),
                MessageChannelCapacity = 100,
            });
            var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var back = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            int connections = 0;
            client.Disconnected += reason => lost.TrySetResult(reason);
            client.Connected += present => { if (++connections == 2) back.TrySetResult(present); };
            await client.ConnectAsync().Within("first connect");
            await client.SubscribeAsync("restart/t", MqttQos.AtLeastOnce).Within("SUBACK");

            await _mosquitto.StopAsync();
            await lost.Task.Within("the client to notice the broker is gone");
            await _mosquitto.RestartAsync();
            bool sessionPresent = await back.Task.Within("the client to reconnect");
            Assert.False(sessionPresent); // mosquitto runs without persistence: the subscription must be renewed by the client

            // The renewed subscription works (retry the publication until the re-SUBSCRIBE has been processed).
            await Waits.Until(() =>
            {
                MosquittoPub.RunAsync(_mosquitto.Port, "restart/t", "after restart", qos: 1).GetAwaiter().GetResult();
                return client.Messages.TryPeek(out _);
            }, "a message through the renewed subscription");
            Assert.Equal("after restart", (await client.Messages.Next("message")).PayloadText);
        }

        [Fact]
        public async Task Qos1PublishedWhileDisconnectedIsSentWithDupAfterReconnection()
        {
            await using var client = new MqttClient(new MqttClientOptions
            {
                Server = _mosquitto.Url,
                ClientId = "pending-publisher",
                ReconnectMinDelay = TimeSpan.FromMilliseconds(100),
                ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            });
            var lost = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            client.Disconnected += _ => lost.TrySetResult(true);
            await client.ConnectAsync().Within("connect");
            await _mosquitto.StopAsync();
            await lost.Task.Within("the client to notice the broker is gone");
            Task published = client.PublishAsync("pending/one", "kept for later", MqttQos.AtLeastOnce);
            Assert.False(published.IsCompleted); // no broker, no PUBACK
            await _mosquitto.RestartAsync();
            await published.Within("PUBACK after reconnection");
            Assert.Contains("Received PUBLISH from pending-publisher (d1, q1", _mosquitto.Log);
        }
    }
}
