using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace NanoVehicle.SubsetGuard
{
    /// <summary>
    /// The assemblies the semantic model binds against: the running .NET's own framework assemblies (from
    /// TRUSTED_PLATFORM_ASSEMBLIES, limited to the runtime's folder so the guard's own dependencies stay out).
    /// Desktop BCL members resolve, which is what the desktop-only rules look for; nanoFramework-only types do not.
    /// </summary>
    public static class RuntimeReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Loaded = new Lazy<ImmutableArray<MetadataReference>>(Load);

        /// <summary>The references, loaded once per process.</summary>
        public static ImmutableArray<MetadataReference> All => Loaded.Value;

        private static ImmutableArray<MetadataReference> Load()
        {
            string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
            var references = new List<MetadataReference>();
            string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    try
                    {
                        references.Add(MetadataReference.CreateFromFile(path));
                    }
                    catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
                    {
                        // A native or unreadable file in the runtime folder: not a reference.
                    }
                }
            }

            return references.ToImmutableArray();
        }
    }
}
