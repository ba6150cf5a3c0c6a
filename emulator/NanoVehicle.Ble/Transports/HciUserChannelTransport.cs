using System;
using System.IO;
using System.Runtime.InteropServices;

namespace NanoVehicle.Ble.Transports
{
    /// <summary>A real Bluetooth adapter through the Linux HCI user channel: an AF_BLUETOOTH / BTPROTO_HCI raw
    /// socket bound with channel HCI_CHANNEL_USER, which hands the whole controller to this process (BlueZ lets
    /// go of it). Each read or write on that socket is one packet with its H4 indicator first, so the H4 stream
    /// code serves it unchanged. Needs Linux, CAP_NET_ADMIN (root, or <c>setcap cap_net_admin+ep</c> on the
    /// dotnet host) and the adapter down (<c>sudo hciconfig hci0 down</c> or <c>sudo btmgmt --index 0 power off</c>).</summary>
    public static class HciUserChannelTransport
    {
        private const int AfBluetooth = 31;
        private const int SockRaw = 3;
        private const int SockCloexec = 0x80000;
        private const int BtprotoHci = 1;
        private const ushort HciChannelUser = 1;

        /// <summary>Opens adapter hci<paramref name="index"/>; throws <see cref="IOException"/> naming the cause
        /// (no Bluetooth in the kernel, no such adapter, adapter busy, missing permission).</summary>
        public static HciTransport Open(int index)
        {
            if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("the HCI user channel exists only on Linux");
            if (index < 0 || index > 0xFFFF) throw new ArgumentOutOfRangeException(nameof(index));
            int fd = socket(AfBluetooth, SockRaw | SockCloexec, BtprotoHci);
            if (fd < 0) throw Failure(index, $"open a Bluetooth HCI socket for hci{index}", Marshal.GetLastPInvokeError());
            var addr = new byte[6];
            BitConverter.TryWriteBytes(addr.AsSpan(0), (ushort)AfBluetooth);
            BitConverter.TryWriteBytes(addr.AsSpan(2), (ushort)index);
            BitConverter.TryWriteBytes(addr.AsSpan(4), HciChannelUser);
            if (bind(fd, addr, addr.Length) < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                close(fd);
                throw Failure(index, $"bind the HCI user channel of hci{index}", errno);
            }
            return new StreamTransport(new HciSocketStream(fd), $"hci{index} user channel");
        }

        private static IOException Failure(int index, string what, int errno)
        {
            string why = errno switch
            {
                97 => "this kernel has no Bluetooth socket support (AF_BLUETOOTH); no adapter can be reached from here",
                19 => $"there is no adapter hci{index}",
                16 => $"hci{index} is up or held by another process; take it down first (sudo hciconfig hci{index} down, or sudo btmgmt --index {index} power off)",
                1 or 13 => "permission denied: the HCI user channel needs CAP_NET_ADMIN (run as root, or setcap cap_net_admin+ep on the dotnet host)",
                _ => Marshal.GetPInvokeErrorMessage(errno),
            };
            return new IOException($"could not {what}: {why} (errno {errno})");
        }

        /// <summary>The socket as a stream; reads wait with poll so closing is noticed.</summary>
        private sealed class HciSocketStream : Stream
        {
            private int fd;

            public HciSocketStream(int fd) { this.fd = fd; }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var pfd = new PollFd { Fd = fd, Events = 1 };
                while (true)
                {
                    int f = fd;
                    if (f < 0) return 0;
                    pfd.Fd = f;
                    int r = poll(ref pfd, 1, 200);
                    if (r < 0)
                    {
                        int errno = Marshal.GetLastPInvokeError();
                        if (errno == 4) continue;
                        throw new IOException("poll on HCI socket failed: " + Marshal.GetPInvokeErrorMessage(errno));
                    }
                    if (r == 0) continue;
                    if ((pfd.Revents & (8 | 16 | 32)) != 0 && (pfd.Revents & 1) == 0) return 0;
                    unsafe
                    {
                        fixed (byte* p = &buffer[offset])
                        {
                            long n = read(f, p, (nuint)count);
                            if (n < 0)
                            {
                                int errno = Marshal.GetLastPInvokeError();
                                if (errno == 4 || errno == 11) continue;
                                throw new IOException("read on HCI socket failed: " + Marshal.GetPInvokeErrorMessage(errno));
                            }
                            return (int)n;
                        }
                    }
                }
            }

            public override void Write(byte[] buffer, int offset, int count)
            {
                unsafe
                {
                    fixed (byte* p = &buffer[offset])
                    {
                        long n = write(fd, p, (nuint)count);
                        if (n != count) throw new IOException("write on HCI socket failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
                    }
                }
            }

            protected override void Dispose(bool disposing)
            {
                int f = System.Threading.Interlocked.Exchange(ref fd, -1);
                if (f >= 0) close(f);
                base.Dispose(disposing);
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int socket(int domain, int type, int protocol);

        [DllImport("libc", SetLastError = true)]
        private static extern int bind(int fd, byte[] addr, int len);

        [DllImport("libc", SetLastError = true)]
        private static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int poll(ref PollFd fds, uint nfds, int timeout);

        [DllImport("libc", SetLastError = true)]
        private static extern unsafe long read(int fd, byte* buf, nuint count);

        [DllImport("libc", SetLastError = true)]
        private static extern unsafe long write(int fd, byte* buf, nuint count);
    }
}
