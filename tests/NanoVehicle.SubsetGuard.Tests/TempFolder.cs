using System;
using System.IO;

namespace NanoVehicle.SubsetGuard.Tests
{
    /// <summary>A fresh folder under the system temp directory, deleted with its content on dispose.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Root = Path.Combine(Path.GetTempPath(), "nanovehicle-guard-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        /// <summary>Writes a file (folders created as needed) and returns its full path.</summary>
        public string Write(string relativePath, string text)
        {
            string path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path));
            File.WriteAllText(path, text.Replace("\r\n", "\n"));
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder harms nothing.
            }
        }
    }
}
