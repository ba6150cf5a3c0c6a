using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NanoVehicle.Cli.O2x
{
    /// <summary>
    /// What the phone remembers between runs, in one small JSON file: the last car it subscribed to (for
    /// <c>--previous</c>) and the last O2X data received (for <c>o2x get</c>). Written atomically (temporary file,
    /// then rename), so a crash never leaves half a file.
    /// </summary>
    public sealed class O2xMemory
    {
        /// <summary>The file this memory lives in.</summary>
        public string Path { get; }

        /// <summary>Memory kept in <paramref name="path"/>.</summary>
        public O2xMemory(string path)
        {
            Path = path;
        }

        /// <summary>The default file: <c>$XDG_STATE_HOME/nanovehicle/o2x.json</c>, else
        /// <c>~/.local/state/nanovehicle/o2x.json</c>.</summary>
        public static string DefaultPath()
        {
            string root = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
            if (string.IsNullOrEmpty(root))
                root = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
            return System.IO.Path.Combine(root, "nanovehicle", "o2x.json");
        }

        /// <summary>The VIN of the last car subscribed to, or null.</summary>
        public string Vin { get; set; }

        /// <summary>The last O2X model received (JSON object text), or null.</summary>
        public string LastData { get; set; }

        /// <summary>
        /// Reads the file. Returns null when it was read or is absent (nothing remembered), else why it cannot be
        /// used; an unreadable file is left where it is and nothing is remembered.
        /// </summary>
        public string Load()
        {
            Vin = null;
            LastData = null;
            if (!File.Exists(Path)) return null;
            try
            {
                var root = JsonNode.Parse(File.ReadAllText(Path)) as JsonObject;
                if (root == null) return $"{Path} does not hold a JSON object";
                Vin = root["vin"] is JsonValue v && v.TryGetValue(out string vin) ? vin : null;
                LastData = root["lastData"] is JsonObject data ? data.ToJsonString() : null;
                return null;
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                return $"{Path} cannot be read: {e.Message}";
            }
        }

        /// <summary>Writes the file; returns null, or why it could not be written.</summary>
        public string Save()
        {
            try
            {
                var root = new JsonObject { ["vin"] = Vin };
                if (LastData != null) root["lastData"] = JsonNode.Parse(LastData);
                string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
                Directory.CreateDirectory(dir);
                string temp = Path + ".tmp";
                File.WriteAllText(temp, root.ToJsonString());
                File.Move(temp, Path, overwrite: true);
                return null;
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                return $"{Path} cannot be written: {e.Message}";
            }
        }
    }
}
