using System.Collections.Generic;
using System.CommandLine;
using NanoVehicle.Cli.Commands;

namespace NanoVehicle.Cli
{
    /// <summary>
    /// Every subcommand of <c>nanovehicle</c>, one file each under Commands/. To add one (the BLE commands, e.g.
    /// <c>scan</c>, <c>o2x</c>, go under Ble/), write a static <c>Create(CliConsole)</c> returning a
    /// <see cref="Command"/> and add it to the list here; the global options (<see cref="PhoneOptions"/>) reach it.
    /// </summary>
    public static class CliCommands
    {
        /// <summary>The subcommands, in help order.</summary>
        public static IEnumerable<Command> Create(CliConsole console)
        {
            // Remote commands over MQTT (PSA remote services).
            yield return ChargeCommand.Create(console);
            yield return ChargeDeferredCommand.Create(console);
            yield return PreconditioningCommand.Create(console);
            yield return DoorsCommand.Create(console);
            yield return HornCommand.Create(console);
            yield return WarningCommand.Create(console);
            yield return StateCommand.Create(console);
            // Simulation control and snapshots.
            yield return SimCommand.Create(console);
            yield return WatchCommand.Create(console);
            // Bluetooth LE (O2X) commands go here.
            yield return O2x.O2xCliCommand.Create(console);
        }
    }
}
