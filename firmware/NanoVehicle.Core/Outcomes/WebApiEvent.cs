namespace NanoVehicle.Core.Outcomes
{
    /// <summary>One Web API remote notification's <c>eventStatus</c>: <c>{type, status, failureCause?}</c>.</summary>
    public sealed class WebApiEvent
    {
        /// <summary>Creates an event status.</summary>
        public WebApiEvent(string type, string status, string failureCause)
        {
            Type = type;
            Status = status;
            FailureCause = failureCause;
        }

        /// <summary><c>Pending</c> or <c>Done</c>.</summary>
        public string Type { get; }
        /// <summary>A Pending status (<c>Accepted</c>, <c>WakingUpVehicle</c>, …) or a Done one (<c>Success</c>, <c>AlreadyDone</c>, <c>Failed</c>).</summary>
        public string Status { get; }
        /// <summary>Present only on <c>Done</c>/<c>Failed</c>.</summary>
        public string FailureCause { get; }

        /// <summary>"Type/Status[/FailureCause]", as the behaviour table shows it.</summary>
        public override string ToString()
        {
            return FailureCause == null ? Type + "/" + Status : Type + "/" + Status + "/" + FailureCause;
        }
    }
}
