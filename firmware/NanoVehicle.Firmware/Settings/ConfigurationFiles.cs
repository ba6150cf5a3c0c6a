using System;
using System.Collections;
using System.IO;
using NanoVehicle.Core.Configuration;
using NanoVehicle.Core.Ports;

namespace NanoVehicle.Firmware.Settings
{
    /// <summary>
    /// Reads the files <c>nanoff --filedeployment</c> put on the internal drive: the car's configuration and the
    /// board definitions. Every failure becomes a message that says which file and which field, and a status-LED
    /// pattern, never an exception.
    /// </summary>
    public sealed class ConfigurationFiles
    {
        /// <summary>The configuration file on the internal flash drive.</summary>
        public const string ConfigurationPath = "I:\\nanovehicle.json";

        /// <summary>The vehicle state snapshot on the internal flash drive.</summary>
        public const string StatePath = "I:\\vehicle-state.json";

        private readonly IJsonPort _json;

        /// <summary>Reads files through <paramref name="json"/>.</summary>
        public ConfigurationFiles(IJsonPort json)
        {
            _json = json;
        }

        /// <summary>The configuration, or null; then <see cref="Problem"/> and <see cref="Pattern"/> say why.</summary>
        public DeviceConfiguration Configuration { get; private set; }

        /// <summary>The board the configuration names, or null; then <see cref="Problem"/> and <see cref="Pattern"/> say why.</summary>
        public BoardDefinition Board { get; private set; }

        /// <summary>What is wrong, one problem per line, or null when both files are good.</summary>
        public string Problem { get; private set; }

        /// <summary>The status-LED pattern for <see cref="Problem"/>, or null.</summary>
        public string Pattern { get; private set; }

        /// <summary>Path of the board definition with <paramref name="id"/> on the internal drive.</summary>
        public static string BoardPath(string id)
        {
            return "I:\\board-" + id + ".json";
        }

        /// <summary>
        /// Loads the configuration and then its board. Returns true when both are good. Never throws.
        /// </summary>
        public bool Load()
        {
            Configuration = null;
            Board = null;
            Problem = null;
            Pattern = null;

            object tree = ReadTree(ConfigurationPath, Hardware.StatusPattern.ConfigurationMissing, Hardware.StatusPattern.ConfigurationInvalid);
            if (tree == null)
            {
                return false;
            }

            ArrayList errors = new ArrayList();
            Configuration = DeviceConfiguration.Parse(tree, errors);
            if (Configuration == null)
            {
                Fail(Hardware.StatusPattern.ConfigurationInvalid, ConfigurationPath + " has wrong values:\n" + DeviceConfiguration.Describe(errors));
                return false;
            }

            Board = LoadBoard(Configuration.Board);
            return Board != null;
        }

        /// <summary>
        /// The board to show a fault on when the configuration cannot be used: the one it names if that much can be
        /// read, else the only board file on the drive, else null. Never throws.
        /// </summary>
        public BoardDefinition BoardForFault()
        {
            if (Board != null)
            {
                return Board;
            }

            string id = null;
            try
            {
                if (File.Exists(ConfigurationPath))
                {
                    Hashtable root = _json.Parse(File.ReadAllText(ConfigurationPath)) as Hashtable;
                    id = root == null ? null : root["board"] as string;
                }

                if (id == null || !BoardDefinition.IsBoardId(id) || !File.Exists(BoardPath(id)))
                {
                    string[] files = Directory.GetFiles("I:\\");
                    string only = null;
                    int count = 0;
                    for (int i = 0; i < files.Length; i++)
                    {
                        string name = Path.GetFileName(files[i]);
                        if (name.StartsWith("board-") && name.EndsWith(".json"))
                        {
                            count++;
                            only = name.Substring(6, name.Length - 11);
                        }
                    }

                    id = count == 1 ? only : null;
                }
            }
            catch (Exception)
            {
                id = null;
            }

            if (id == null)
            {
                return null;
            }

            object tree;
            try
            {
                tree = _json.Parse(File.ReadAllText(BoardPath(id)));
            }
            catch (Exception)
            {
                return null;
            }

            return BoardDefinition.Parse(tree, new ArrayList());
        }

        private BoardDefinition LoadBoard(string id)
        {
            string path = BoardPath(id);
            object tree = ReadTree(path, Hardware.StatusPattern.BoardInvalid, Hardware.StatusPattern.BoardInvalid);
            if (tree == null)
            {
                return null;
            }

            ArrayList errors = new ArrayList();
            BoardDefinition board = BoardDefinition.Parse(tree, errors);
            if (board == null)
            {
                Fail(Hardware.StatusPattern.BoardInvalid, path + " has wrong values:\n" + DeviceConfiguration.Describe(errors));
                return null;
            }

            if (board.Id != id)
            {
                Fail(Hardware.StatusPattern.BoardInvalid, path + " describes board \"" + board.Id + "\", not \"" + id + "\"");
                return null;
            }

            return board;
        }

        private object ReadTree(string path, string missingPattern, string invalidPattern)
        {
            string text;
            try
            {
                if (!File.Exists(path))
                {
                    Fail(missingPattern, path + " is missing: deploy it with nanoff --filedeployment (see docs/firmware.md)");
                    return null;
                }

                text = File.ReadAllText(path);
            }
            catch (Exception ex)
            {
                Fail(missingPattern, path + " cannot be read: " + ex.Message);
                return null;
            }

            try
            {
                object tree = _json.Parse(text);
                if (tree == null)
                {
                    Fail(invalidPattern, path + " is empty");
                }

                return tree;
            }
            catch (Exception ex)
            {
                Fail(invalidPattern, path + " is not valid JSON: " + ex.Message);
                return null;
            }
        }

        private void Fail(string pattern, string problem)
        {
            Pattern = pattern;
            Problem = problem;
        }
    }
}
