namespace NanoVehicle.Core.Ports
{
    /// <summary>
    /// Parses JSON text with the home's JSON library into a plain tree the core validates itself:
    /// <see cref="System.Collections.Hashtable"/> for objects, <see cref="System.Collections.ArrayList"/> for arrays,
    /// and <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or
    /// null for values. Numbers may come as any of the three numeric types; the core accepts each.
    /// </summary>
    public interface IJsonPort
    {
        /// <summary>
        /// The tree of <paramref name="json"/>. Throws on text that is not JSON; the core catches and reports it.
        /// </summary>
        object Parse(string json);
    }
}
