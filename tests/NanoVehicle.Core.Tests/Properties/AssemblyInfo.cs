using System.Reflection;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("Tests of the nanoVehicle portable core, run on nanoFramework and on .NET.")]
[assembly: AssemblyProduct("nanoVehicle")]
[assembly: AssemblyVersion("0.1.0.0")]
