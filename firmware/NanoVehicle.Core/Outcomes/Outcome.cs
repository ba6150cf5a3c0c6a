using NanoVehicle.Core.Codes;
using NanoVehicle.Core.Commands;
using NanoVehicle.Core.Json;

namespace NanoVehicle.Core.Outcomes
{
    /// <summary>
    /// The single result of one remote command, rendered in the three vocabularies the car speaks:
    /// PSA progress codes and final reply (<c>return_code</c>, <c>reason</c>, <c>resp_data</c>), the Mobile SDK
    /// code and label, and the Web API <c>eventStatus</c> sequence.
    /// </summary>
    public sealed class Outcome
    {
        /// <summary>PSA progress: request accepted.</summary>
        public const int PsaAccepted = 900;
        /// <summary>PSA progress: the vehicle is asleep and being woken.</summary>
        public const int PsaWakingUp = 901;
        /// <summary>PSA progress: forwarded to the vehicle.</summary>
        public const int PsaSentToVehicle = 903;

        private static readonly int[] NoProgress = new int[0];
        private static readonly int[] Accepted = { PsaAccepted, PsaSentToVehicle };
        private static readonly int[] AcceptedAsleep = { PsaAccepted, PsaWakingUp, PsaSentToVehicle };
        private static readonly int[] AcceptedAsleepTimeout = { PsaAccepted, PsaWakingUp };
        private static readonly int[] AcceptedTimeout = { PsaAccepted };
        private static readonly int[] SentOnly = { PsaSentToVehicle };

        /// <summary>Creates an outcome; the <see cref="Vehicle"/> builds them.</summary>
        public Outcome(int family, int action, int refusal, string parameter, bool wasAsleep)
        {
            Family = family;
            Action = action;
            Refusal = refusal;
            Parameter = parameter;
            WasAsleep = wasAsleep;
        }

        /// <summary><see cref="CommandFamily"/> of the command (-1 when the input named none).</summary>
        public int Family { get; }
        /// <summary><see cref="CommandAction"/> of the command (-1 when it could not be read).</summary>
        public int Action { get; }
        /// <summary><see cref="Outcomes.Refusal"/> value; <see cref="Outcomes.Refusal.None"/> on success.</summary>
        public int Refusal { get; }
        /// <summary>The parameter at fault (2101/2102), else null.</summary>
        public string Parameter { get; }
        /// <summary>The car was asleep when the command came (PSA 901, Web API <c>WakingUpVehicle</c>).</summary>
        public bool WasAsleep { get; }
        /// <summary>The command changed the car's state (a new snapshot is due).</summary>
        public bool StateChanged { get; set; }
        /// <summary>
        /// Value of the PSA <c>resp_data</c> member (<see cref="PsaRespDataField"/>), meaningful when that is not null.
        /// </summary>
        public int PsaRespDataValue { get; set; }
        /// <summary>Name of the PSA <c>resp_data</c> member (<c>error</c>, <c>lock_resp_state</c>) or null for <c>{}</c>.</summary>
        public string PsaRespDataField { get; set; }

        /// <summary>True when the car did what was asked.</summary>
        public bool Succeeded
        {
            get { return Refusal == Outcomes.Refusal.None; }
        }

        /// <summary>True when the car was already in the requested state (Web API <c>AlreadyDone</c>).</summary>
        public bool AlreadyDone
        {
            get { return Outcomes.Refusal.IsAlreadyDone(Refusal); }
        }

        /// <summary>True when the request passed the pre-checks (Web API <c>Accepted</c>, PSA 900).</summary>
        public bool WasAccepted
        {
            get { return !Outcomes.Refusal.IsPreCheck(Refusal); }
        }

        /// <summary>Mobile SDK code: 0 for SUCCEEDED, else the 2xxx error code.</summary>
        public int SdkCode
        {
            get { return Outcomes.Refusal.SdkCodes[Refusal]; }
        }

        /// <summary>Mobile SDK <c>status</c>: <c>SUCCEEDED</c> or <c>FAILED</c>.</summary>
        public string SdkStatus
        {
            get { return SdkCode == 0 ? "SUCCEEDED" : "FAILED"; }
        }

        /// <summary>The SDK label with its placeholder filled (parameter name, or the action for 2329); null on success.</summary>
        public string SdkLabel
        {
            get
            {
                int code = SdkCode;
                if (code == 0)
                {
                    return null;
                }

                string value = Parameter;
                if (code == MobileSdkErrors.SevNotStop && Family >= 0)
                {
                    value = CommandFamily.ActionWords[Family];
                }

                return MobileSdkErrors.Describe(code, value);
            }
        }

        /// <summary>PSA progress codes sent before the final reply, in order (900, 901 when asleep, 903).</summary>
        public int[] PsaProgress
        {
            get
            {
                if (!WasAccepted)
                {
                    return NoProgress;
                }

                if (Refusal == Outcomes.Refusal.Timeout)
                {
                    return WasAsleep ? AcceptedAsleepTimeout : AcceptedTimeout;
                }

                if (Family == CommandFamily.Navigation)
                {
                    return SentOnly; // like the Web API, navigation skips "accepted" and the wake-up
                }

                return WasAsleep ? AcceptedAsleep : Accepted;
            }
        }

        /// <summary>PSA final <c>return_code</c>.</summary>
        public string PsaReturnCode
        {
            get { return Outcomes.Refusal.PsaReturnCodes[Refusal]; }
        }

        /// <summary>PSA final <c>reason</c>, or null. Input errors name the parameter after the key.</summary>
        public string PsaReason
        {
            get
            {
                string reason = Outcomes.Refusal.PsaReasons[Refusal];
                if (reason != null && Parameter != null)
                {
                    return reason + " " + Parameter;
                }

                return reason;
            }
        }

        /// <summary>The PSA progress message for <paramref name="code"/> (900, 901, 903).</summary>
        public static string PsaProgressMessage(int code)
        {
            switch (code)
            {
                case PsaAccepted:
                    return "Your request has been accepted and is being processed";
                case PsaWakingUp:
                    return "The vehicle is asleep and is being woken up";
                default:
                    return "Your request has been successfully forwarded to the vehicle";
            }
        }

        /// <summary>Web API done status: <c>Success</c>, <c>AlreadyDone</c> or <c>Failed</c>.</summary>
        public string WebApiDoneStatus
        {
            get { return Succeeded ? "Success" : AlreadyDone ? "AlreadyDone" : "Failed"; }
        }

        /// <summary>Web API <c>failureCause</c> (only for <c>Failed</c>), else null.</summary>
        public string WebApiFailureCause
        {
            get { return Outcomes.Refusal.FailureCauses[Refusal]; }
        }

        /// <summary>
        /// The Web API notifications in order (§5.7): pre-check failures answer <c>Done/Failed</c> at once (the wake-up
        /// quota and battery checks after their Pending status); otherwise <c>Accepted</c>, <c>WakingUpVehicle</c> if
        /// asleep, <c>SentToVehicle</c>, then Done. Navigation sends neither Accepted nor WakingUpVehicle.
        /// </summary>
        public WebApiEvent[] WebApiEvents
        {
            get
            {
                var done = new WebApiEvent("Done", WebApiDoneStatus, WebApiFailureCause);
                if (!WasAccepted)
                {
                    if (Refusal == Outcomes.Refusal.WakeUpQuota)
                    {
                        return new WebApiEvent[] { new WebApiEvent("Pending", "TooManyWakeUpsOverMonth", null), done };
                    }

                    if (Refusal == Outcomes.Refusal.LowBattery)
                    {
                        return new WebApiEvent[] { new WebApiEvent("Pending", "VehicleBatteryChargeTooLow", null), done };
                    }

                    return new WebApiEvent[] { done };
                }

                bool navigation = Family == CommandFamily.Navigation;
                bool timeout = Refusal == Outcomes.Refusal.Timeout;
                int count = 1 + (navigation ? 0 : 1) + (WasAsleep && !navigation ? 1 : 0) + (timeout ? 0 : 1);
                var events = new WebApiEvent[count];
                int at = 0;
                if (!navigation)
                {
                    events[at++] = new WebApiEvent("Pending", "Accepted", null);
                    if (WasAsleep)
                    {
                        events[at++] = new WebApiEvent("Pending", "WakingUpVehicle", null);
                    }
                }

                if (!timeout)
                {
                    events[at++] = new WebApiEvent("Pending", "SentToVehicle", null);
                }

                events[at] = done;
                return events;
            }
        }

        /// <summary>Writes the PSA <c>resp_data</c> object.</summary>
        public void WritePsaRespData(JsonWriter json)
        {
            json.BeginObject();
            if (PsaRespDataField != null)
            {
                json.Property(PsaRespDataField, PsaRespDataValue);
            }

            json.EndObject();
        }

        /// <summary>Writes the SDK callback fields: <c>"status"</c> and, when failed, <c>"error":{"code","label"}</c>.</summary>
        public void WriteSdk(JsonWriter json)
        {
            json.Property("status", SdkStatus);
            int code = SdkCode;
            if (code != 0)
            {
                json.Name("error").BeginObject().Property("code", code.ToString()).Property("label", SdkLabel).EndObject();
            }
        }

        /// <summary>Writes the Web API done <c>eventStatus</c> object.</summary>
        public void WriteWebApiEventStatus(JsonWriter json)
        {
            json.BeginObject().Property("type", "Done").Property("status", WebApiDoneStatus);
            string cause = WebApiFailureCause;
            if (cause != null)
            {
                json.Property("failureCause", cause);
            }

            json.EndObject();
        }

        /// <summary>Writes the whole Web API notification sequence as an array of <c>eventStatus</c> objects.</summary>
        public void WriteWebApiEvents(JsonWriter json)
        {
            WebApiEvent[] events = WebApiEvents;
            json.BeginArray();
            for (int i = 0; i < events.Length; i++)
            {
                json.BeginObject().Property("type", events[i].Type).Property("status", events[i].Status);
                if (events[i].FailureCause != null)
                {
                    json.Property("failureCause", events[i].FailureCause);
                }

                json.EndObject();
            }

            json.EndArray();
        }

        /// <summary>A one-line summary for logs: command, refusal, codes.</summary>
        public override string ToString()
        {
            string command = Family < 0 ? "?" : CommandFamily.RemoteTypes[Family] + (Action < 0 ? string.Empty : "/" + CommandAction.Names[Action]);
            return command + " -> " + Outcomes.Refusal.Names[Refusal] + " (PSA " + PsaReturnCode + ", SDK "
                + (SdkCode == 0 ? "SUCCEEDED" : SdkCode.ToString()) + ", Web API " + WebApiDoneStatus
                + (WebApiFailureCause == null ? string.Empty : "/" + WebApiFailureCause) + (WasAsleep ? ", woken" : string.Empty) + ")";
        }
    }
}
