using System;
using System.IO;
using System.Text;

namespace NanoVehicle.Firmware.Storage
{
    /// <summary>
    /// Keeps the vehicle's persistence snapshot on the internal flash drive so that a reset, a power cut or a
    /// crash in the middle of a save never loses the last good state.
    /// </summary>
    /// <remarks>
    /// nanoFramework's <c>File.Move</c> refuses an existing destination and the file system has no replace, so a
    /// save goes: write <c>.new</c> and close it; move the current file to <c>.bak</c>; move <c>.new</c> to the
    /// current name; delete <c>.bak</c>. Whatever step a reset interrupts, one complete snapshot survives under one
    /// of the three names, and <see cref="Candidates"/> offers them newest-first-that-is-complete for the core's
    /// reader to pick the first it accepts (it refuses torn or corrupt text).
    /// </remarks>
    public sealed class StateStore
    {
        private readonly string _current;
        private readonly string _backup;
        private readonly string _next;

        /// <summary>A store for the snapshot file at <paramref name="path"/> (e.g. <c>I:\vehicle-state.json</c>).</summary>
        public StateStore(string path)
        {
            _current = path;
            _backup = path + ".bak";
            _next = path + ".new";
        }

        /// <summary>Path of the current snapshot file.</summary>
        public string Path
        {
            get { return _current; }
        }

        /// <summary>
        /// The texts that may hold the last good snapshot, in the order to try them: the current file, then the
        /// backup a save left behind when reset between its two moves, then a fully written but unmoved new file.
        /// Missing or unreadable files are skipped. Never throws.
        /// </summary>
        public string[] Candidates()
        {
            string current = Read(_current);
            string backup = Read(_backup);
            string next = Read(_next);
            int count = (current != null ? 1 : 0) + (backup != null ? 1 : 0) + (next != null ? 1 : 0);
            string[] texts = new string[count];
            int i = 0;
            if (current != null)
            {
                texts[i++] = current;
            }

            if (backup != null)
            {
                texts[i++] = backup;
            }

            if (next != null)
            {
                texts[i] = next;
            }

            return texts;
        }

        /// <summary>
        /// Replaces the snapshot with <paramref name="text"/> as described in the remarks. Returns false (and
        /// leaves the previous snapshot in place) when the drive refuses; never throws.
        /// </summary>
        public bool Save(string text)
        {
            try
            {
                DeleteIfPresent(_next);
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                using (FileStream stream = new FileStream(_next, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush();
                }

                DeleteIfPresent(_backup);
                if (File.Exists(_current))
                {
                    File.Move(_current, _backup);
                }

                File.Move(_next, _current);
                DeleteIfPresent(_backup);
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine("state: could not save " + _current + ": " + ex.Message);
                return false;
            }
        }

        private static string Read(string path)
        {
            try
            {
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            catch (Exception ex)
            {
                Console.WriteLine("state: could not read " + path + ": " + ex.Message);
                return null;
            }
        }

        private static void DeleteIfPresent(string path)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
