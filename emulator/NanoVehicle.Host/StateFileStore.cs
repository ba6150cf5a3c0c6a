using System;
using System.IO;
using System.Text;
using NanoVehicle.Core.Persistence;
using NanoVehicle.Core.Ports;
using NanoVehicle.Core.State;

namespace NanoVehicle.Host
{
    /// <summary>
    /// Keeps the car's persistence snapshot in a file, written atomically: the text goes to a temporary file in the
    /// same folder, is flushed to disk, then renamed over the old file, so a crash leaves either the old or the new
    /// state, never half of one. A file that cannot be read is moved aside (its name gets <c>.corrupt-&lt;time&gt;</c>)
    /// and reported; loading never throws for bad content.
    /// </summary>
    public sealed class StateFileStore
    {
        private readonly IJsonPort _json;

        /// <summary>Creates a store for <paramref name="path"/>.</summary>
        public StateFileStore(string path, IJsonPort json = null)
        {
            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("a state file path is required", nameof(path));
            }

            Path = System.IO.Path.GetFullPath(path);
            _json = json ?? SystemTextJsonPort.Instance;
        }

        /// <summary>The state file.</summary>
        public string Path { get; }

        /// <summary>Writes <paramref name="state"/>'s snapshot atomically.</summary>
        public void Save(VehicleState state)
        {
            SaveText(PersistenceSnapshot.Write(state));
        }

        /// <summary>Writes <paramref name="text"/> atomically (temp file, flush to disk, rename).</summary>
        public void SaveText(string text)
        {
            string folder = System.IO.Path.GetDirectoryName(Path);
            Directory.CreateDirectory(folder);
            string temp = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(Path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(true);
                }

                File.Move(temp, Path, true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }

        /// <summary>
        /// Loads the snapshot into <paramref name="into"/>. Returns what happened: <see cref="StateLoad.Loaded"/>,
        /// <see cref="StateLoad.Missing"/> (no file yet; <paramref name="into"/> unchanged) or
        /// <see cref="StateLoad.Corrupt"/> (file moved aside, <paramref name="into"/> unchanged, the reason in the result).
        /// </summary>
        public StateLoad Load(VehicleState into)
        {
            string text;
            try
            {
                if (!File.Exists(Path))
                {
                    return new StateLoad(StateLoad.Missing, null, null);
                }

                text = File.ReadAllText(Path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new StateLoad(StateLoad.Unreadable, "state file " + Path + " cannot be read: " + ex.Message, null);
            }

            string problem = PersistenceSnapshot.Read(_json, text, into);
            if (problem == null)
            {
                return new StateLoad(StateLoad.Loaded, null, null);
            }

            string aside = SetAside();
            return new StateLoad(StateLoad.Corrupt, problem + "; kept aside as " + (aside ?? "(could not move it)"), aside);
        }

        /// <summary>Moves the current file aside with a <c>.corrupt-&lt;UTC time&gt;</c> suffix; its new path, or null.</summary>
        public string SetAside()
        {
            string aside = Path + ".corrupt-" + DateTime.UtcNow.ToString("yyyyMMddTHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                File.Move(Path, aside, false);
                return aside;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
