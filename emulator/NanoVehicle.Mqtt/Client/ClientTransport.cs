using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace NanoVehicle.Mqtt.Client
{
    /// <summary>Opens the byte stream to the broker: TCP, and TLS over it for <c>mqtts://</c>.</summary>
    internal static class ClientTransport
    {
        public static async Task<(Socket Socket, Stream Stream)> OpenAsync(MqttServerAddress address, MqttClientOptions options, CancellationToken cancellationToken)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address.Host, address.Port, cancellationToken).ConfigureAwait(false);
                Stream stream = new NetworkStream(socket, ownsSocket: true);
                if (!address.UseTls)
                {
                    return (socket, stream);
                }
                var tls = new SslStream(stream, leaveInnerStreamOpen: false, (_, certificate, chain, errors) => Validate(options, certificate, errors));
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = options.TlsTargetHost ?? address.Host,
                }, cancellationToken).ConfigureAwait(false);
                return (socket, tls);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        private static bool Validate(MqttClientOptions options, X509Certificate certificate, SslPolicyErrors errors)
        {
            if (options.AllowUntrustedCertificates)
            {
                return true;
            }
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            if (options.TrustedCertificate == null || certificate == null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
            {
                return false; // name mismatch or no certificate is never excused by a custom trust anchor
            }
            // Re-build the chain against the given anchor only.
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(options.TrustedCertificate);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            using var server = new X509Certificate2(certificate);
            return chain.Build(server);
        }
    }
}
