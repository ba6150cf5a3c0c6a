using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NanoVehicle.Core.Configuration;
using NanoVehicle.Host;
using Xunit;

namespace NanoVehicle.Emulator.Tests.Boards
{
    /// <summary>
    /// The board definitions under boards/ are data both homes read: each must parse with the core's parser, give
    /// every signal its own safe GPIO, agree with its README, and be deployed by the firmware's deploy.json.
    /// </summary>
    public class BoardFilesTests
    {
        /// <summary>The boards the product promises, with the nanoFramework image each takes.</summary>
        public static TheoryData<string, string, string> SupportedBoards => new TheoryData<string, string, string>
        {
            { "esp32-devkitc", "esp32", "ESP32_BLE_REV0" },
            { "esp32-s3-devkitc", "esp32s3", "ESP32_S3_BLE" },
            { "m5stack-core2", "esp32", "M5Core2" },
        };

        private static readonly SystemTextJsonPort Json = new SystemTextJsonPort();

        private static string RepositoryRoot()
        {
            DirectoryInfo directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "nanoVehicle.sln")))
            {
                directory = directory.Parent;
            }

            Assert.True(directory != null, "nanoVehicle.sln not found above " + AppContext.BaseDirectory);
            return directory.FullName;
        }

        private static string BoardsFolder()
        {
            return Path.Combine(RepositoryRoot(), "boards");
        }

        private static BoardDefinition Load(string id)
        {
            string path = Path.Combine(BoardsFolder(), id, "board.json");
            Assert.True(File.Exists(path), path + " is missing");
            ArrayList errors = new ArrayList();
            BoardDefinition board = BoardDefinition.Parse(Json.Parse(File.ReadAllText(path)), errors);
            Assert.True(board != null, path + ":\n" + DeviceConfiguration.Describe(errors));
            return board;
        }

        [Fact]
        public void EveryBoardFolderHoldsABoardFileAndAReadme()
        {
            string[] folders = Directory.GetDirectories(BoardsFolder()).Select(Path.GetFileName).OrderBy(n => n).ToArray();
            Assert.Equal(new[] { "esp32-devkitc", "esp32-s3-devkitc", "m5stack-core2" }, folders);
            foreach (string folder in folders)
            {
                Assert.True(File.Exists(Path.Combine(BoardsFolder(), folder, "board.json")), folder + " has no board.json");
                Assert.True(File.Exists(Path.Combine(BoardsFolder(), folder, "README.md")), folder + " has no README.md");
            }
        }

        [Theory]
        [MemberData(nameof(SupportedBoards))]
        public void TheBoardFileParsesWithItsFolderNameChipAndImage(string id, string chip, string nanoffTarget)
        {
            BoardDefinition board = Load(id);
            Assert.Equal(id, board.Id);
            Assert.Equal(chip, board.Chip);
            Assert.Equal(nanoffTarget, board.NanoffTarget);
            Assert.False(string.IsNullOrWhiteSpace(board.Name));
        }

        [Theory]
        [MemberData(nameof(SupportedBoards))]
        public void EverySignalHasItsOwnGpioWithinTheChipsRange(string id, string chip, string nanoffTarget)
        {
            BoardDefinition board = Load(id);
            string[] roles = BoardPin.OutputRoles.Concat(BoardPin.InputRoles).ToArray();
            Assert.Equal(roles, board.Pins.Select(p => p.Role).ToArray());

            int[] gpios = board.Pins.Select(p => p.Gpio).ToArray();
            Assert.Equal(gpios.Length, gpios.Distinct().Count());
            Assert.All(gpios, g => Assert.InRange(g, 0, BoardChip.MaxGpio(chip)));
            Assert.Empty(gpios.Intersect(board.ReservedGpios));
            Assert.All(board.Pins.Where(p => p.IsOutput), p => Assert.False(BoardChip.IsInputOnly(chip, p.Gpio), p + " is input-only"));
            Assert.All(board.Pins, p => Assert.Null(BoardChip.Problem(chip, p.Gpio, p.IsOutput)));
            Assert.NotNull(nanoffTarget);
        }

        [Theory]
        [MemberData(nameof(SupportedBoards))]
        public void TheReadmeNamesTheImageAndEveryPinTheFileUses(string id, string chip, string nanoffTarget)
        {
            BoardDefinition board = Load(id);
            string readme = File.ReadAllText(Path.Combine(BoardsFolder(), id, "README.md"));
            Assert.Contains("nanoff --update --target " + nanoffTarget + " ", readme);
            foreach (BoardPin pin in board.Pins)
            {
                Assert.Contains("| " + pin.Role + " | " + pin.Gpio + " |", readme);
            }

            Assert.Contains(chip == BoardChip.Esp32S3 ? "ESP32-S3" : "ESP32", readme);
        }

        [Fact]
        public void AnEditedBoardFileWithAPinUsedTwiceIsRefusedNamingTheRoles()
        {
            string text = File.ReadAllText(Path.Combine(BoardsFolder(), "esp32-devkitc", "board.json"));
            string edited = text.Replace("\"lightsLed\": { \"gpio\": 19", "\"lightsLed\": { \"gpio\": 18");
            Assert.NotEqual(text, edited);

            ArrayList errors = new ArrayList();
            Assert.Null(BoardDefinition.Parse(Json.Parse(edited), errors));
            Assert.Contains("lightsLed: uses GPIO 18, already taken by statusLed", DeviceConfiguration.Describe(errors));
        }

        [Fact]
        public void TheFirmwareDeploysEveryBoardAndTheConfiguration()
        {
            string root = RepositoryRoot();
            using JsonDocument deploy = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "firmware", "NanoVehicle.Firmware", "deploy.json")));
            Dictionary<string, string> files = deploy.RootElement.GetProperty("Files").EnumerateArray()
                .ToDictionary(f => f.GetProperty("DestinationFilePath").GetString(), f => f.GetProperty("SourceFilePath").GetString());

            Assert.Equal("firmware/NanoVehicle.Firmware/config.json", files["I:\\nanovehicle.json"]);
            foreach (string folder in Directory.GetDirectories(BoardsFolder()).Select(Path.GetFileName))
            {
                string source = files["I:\\board-" + folder + ".json"];
                Assert.Equal("boards/" + folder + "/board.json", source);
                Assert.True(File.Exists(Path.Combine(root, source)), source + " does not exist");
            }
        }

        [Fact]
        public void TheExampleConfigurationParsesAndNamesASupportedBoard()
        {
            string root = RepositoryRoot();
            string text = File.ReadAllText(Path.Combine(root, "firmware", "NanoVehicle.Firmware", "config.example.json"));
            ArrayList errors = new ArrayList();
            DeviceConfiguration configuration = DeviceConfiguration.Parse(Json.Parse(text), errors);

            Assert.True(configuration != null, DeviceConfiguration.Describe(errors));
            Assert.True(File.Exists(Path.Combine(BoardsFolder(), configuration.Board, "board.json")), configuration.Board);
            Assert.Equal("mqtt://192.168.1.20:1883", configuration.Broker.ToString());
        }
    }
}
