namespace NanoVehicle.Core.O2x
{
    /// <summary>
    /// The value of the O2X Status characteristic: a versioned 16-byte binary frame that carries every field of
    /// <see cref="O2xStatus"/> and fits one notification at the default ATT MTU (20 bytes). Multi-byte numbers are
    /// little-endian, as everything else in Bluetooth LE.
    /// </summary>
    /// <remarks>
    /// Version 1 layout (docs/o2x-ble.md has the same table):
    /// <code>
    /// byte  0      version, 0x01
    /// byte  1      status           (O2xVehicleStatus, 0..3)
    /// byte  2      systemState      (O2xSystemState, 0..7)
    /// byte  3      batteryState     (O2xBatteryState, 0..40)
    /// byte  4      rnd              (O2xGear, 0..3)
    /// byte  5      parkBrakeStatus  (O2xParkBrake, 0..2)
    /// byte  6      batterySoc       unsigned, 0.5 % per step, 0..200
    /// bytes 7-8    remainingAutonomy unsigned 16-bit, km
    /// bytes 9-10   chargeDelay      unsigned 16-bit, minutes
    /// bytes 11-13  totalOdometer    unsigned 24-bit, km
    /// byte  14     currentAlert     bit 0 parkingBrake … bit 7 turtleMode (O2xAlerts)
    /// byte  15     previousAlert    same bits
    /// </code>
    /// </remarks>
    public static class O2xStatusFrame
    {
        /// <summary>The frame version this code writes and the only one it reads.</summary>
        public const byte Version = 1;

        /// <summary>Length in bytes of a version 1 frame.</summary>
        public const int Length = 16;

        /// <summary>
        /// Encodes <paramref name="status"/>. Fails, naming the field, when a value is outside its range; the frame
        /// never silently carries a clipped value.
        /// </summary>
        public static O2xFrameResult Encode(O2xStatus status)
        {
            if (status == null)
            {
                return O2xFrameResult.Failure("no O2X status to encode");
            }

            string invalid = status.Validate();
            if (invalid != null)
            {
                return O2xFrameResult.Failure("cannot encode the O2X status: " + invalid);
            }

            byte[] frame = new byte[Length];
            frame[0] = Version;
            frame[1] = (byte)status.Status;
            frame[2] = (byte)status.SystemState;
            frame[3] = (byte)status.BatteryState;
            frame[4] = (byte)status.Gear;
            frame[5] = (byte)status.ParkBrake;
            frame[6] = (byte)status.BatterySocHalfPercent;
            WriteUInt(frame, 7, status.RemainingAutonomyKm, 2);
            WriteUInt(frame, 9, status.ChargeDelayMinutes, 2);
            WriteUInt(frame, 11, status.TotalOdometerKm, 3);
            frame[14] = (byte)status.CurrentAlerts;
            frame[15] = (byte)status.PreviousAlerts;
            return O2xFrameResult.Success(frame, status.Copy());
        }

        /// <summary>Decodes a whole byte array as one frame.</summary>
        public static O2xFrameResult Decode(byte[] frame)
        {
            if (frame == null)
            {
                return O2xFrameResult.Failure("no O2X status frame (null)");
            }

            return Decode(frame, 0, frame.Length);
        }

        /// <summary>
        /// Decodes the <paramref name="count"/> bytes at <paramref name="offset"/>. Refuses, with a message naming
        /// the problem, an empty or truncated frame, another version, another length, and any field out of range.
        /// </summary>
        public static O2xFrameResult Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                return O2xFrameResult.Failure("no O2X status frame (null)");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length || buffer.Length - offset < count)
            {
                return O2xFrameResult.Failure("O2X status frame bounds (offset " + offset.ToString() + ", count "
                    + count.ToString() + ") do not fit a buffer of " + buffer.Length.ToString() + " bytes");
            }

            if (count == 0)
            {
                return O2xFrameResult.Failure("empty O2X status frame");
            }

            byte version = buffer[offset];
            if (version != Version)
            {
                return O2xFrameResult.Failure("unsupported O2X status frame version " + version.ToString()
                    + " (this reader knows version " + Version.ToString() + ")");
            }

            if (count != Length)
            {
                return O2xFrameResult.Failure("O2X status frame version 1 is " + Length.ToString()
                    + " bytes long, got " + count.ToString());
            }

            O2xStatus status = new O2xStatus();
            status.Status = (O2xVehicleStatus)buffer[offset + 1];
            status.SystemState = (O2xSystemState)buffer[offset + 2];
            status.BatteryState = (O2xBatteryState)buffer[offset + 3];
            status.Gear = (O2xGear)buffer[offset + 4];
            status.ParkBrake = (O2xParkBrake)buffer[offset + 5];
            status.BatterySocHalfPercent = buffer[offset + 6];
            status.RemainingAutonomyKm = ReadUInt(buffer, offset + 7, 2);
            status.ChargeDelayMinutes = ReadUInt(buffer, offset + 9, 2);
            status.TotalOdometerKm = ReadUInt(buffer, offset + 11, 3);
            status.CurrentAlerts = (O2xAlerts)buffer[offset + 14];
            status.PreviousAlerts = (O2xAlerts)buffer[offset + 15];

            string invalid = status.Validate();
            if (invalid != null)
            {
                return O2xFrameResult.Failure("bad O2X status frame: " + invalid);
            }

            byte[] copy = new byte[Length];
            for (int i = 0; i < Length; i++)
            {
                copy[i] = buffer[offset + i];
            }

            return O2xFrameResult.Success(copy, status);
        }

        private static void WriteUInt(byte[] frame, int at, int value, int size)
        {
            for (int i = 0; i < size; i++)
            {
                frame[at + i] = (byte)(value >> (8 * i));
            }
        }

        private static int ReadUInt(byte[] frame, int at, int size)
        {
            int value = 0;
            for (int i = 0; i < size; i++)
            {
                value |= frame[at + i] << (8 * i);
            }

            return value;
        }
    }
}
