using System.Reflection;

// The nanoFramework project system does not generate assembly attributes; the host build turns its own generation
// off so that both builds carry the same ones from here.
[assembly: AssemblyTitle("NanoVehicle.Core")]
[assembly: AssemblyDescription("The portable vehicle core of nanoVehicle: state, commands, rules, protocols.")]
[assembly: AssemblyCompany("nanoVehicle")]
[assembly: AssemblyProduct("nanoVehicle")]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
