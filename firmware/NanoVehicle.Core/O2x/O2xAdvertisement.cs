namespace NanoVehicle.Core.O2x
{
    /// <summary>What a scanner learnt from one advertiser's advertisement and scan response.</summary>
    public sealed class O2xAdvertisement
    {
        /// <summary>True when the advertised service UUIDs include the O2X service.</summary>
        public bool HasO2xService { get; set; }

        /// <summary>The VIN the advertiser names itself with; null when it sent no well-formed VIN.</summary>
        public string Vin { get; set; }

        /// <summary>Why the data could not be read entirely; null when it was well formed.</summary>
        public string Error { get; set; }

        /// <summary>True for an O2X car: the O2X service and a VIN were advertised and the data was well formed.</summary>
        public bool IsO2xCar
        {
            get { return Error == null && HasO2xService && Vin != null; }
        }

        /// <summary>True when this advertiser is the O2X car with the given VIN.</summary>
        public bool Matches(string vin)
        {
            return IsO2xCar && vin != null && vin == Vin;
        }
    }
}
