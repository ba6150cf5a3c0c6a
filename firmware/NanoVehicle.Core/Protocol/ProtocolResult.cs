using System.Collections;
using NanoVehicle.Core.Outcomes;
using NanoVehicle.Core.Simulation;

namespace NanoVehicle.Core.Protocol
{
    /// <summary>
    /// What one protocol step produced: the messages to publish in order, log lines for the operator, the vehicle
    /// events raised meanwhile (for other services such as O2X), and the command's outcome when one ran.
    /// </summary>
    public sealed class ProtocolResult
    {
        private static readonly VehicleEvent[] NoEvents = new VehicleEvent[0];
        private readonly ArrayList _messages = new ArrayList();
        private readonly ArrayList _log = new ArrayList();
        private VehicleEvent[] _events = NoEvents;

        /// <summary>The outcome of the command that ran, or null (ignored, rejected envelope, duplicate, no command).</summary>
        public Outcome Outcome { get; set; }

        /// <summary>True when the message was for another car (or not a request at all) and nothing was done.</summary>
        public bool Ignored { get; set; }

        /// <summary>True when the state changed (a snapshot was added; the adapter should persist the state).</summary>
        public bool StateChanged { get; set; }

        /// <summary>Messages to publish, in order.</summary>
        public OutgoingMessage[] Messages
        {
            get
            {
                var all = new OutgoingMessage[_messages.Count];
                _messages.CopyTo(all);
                return all;
            }
        }

        /// <summary>Log lines, in order.</summary>
        public string[] Log
        {
            get
            {
                var all = new string[_log.Count];
                _log.CopyTo(all);
                return all;
            }
        }

        /// <summary>Vehicle events raised during the step (from the core's Advance).</summary>
        public VehicleEvent[] Events
        {
            get { return _events; }
        }

        /// <summary>Adds a message to publish.</summary>
        public void Add(OutgoingMessage message)
        {
            _messages.Add(message);
        }

        /// <summary>Adds a log line.</summary>
        public void AddLog(string line)
        {
            _log.Add(line);
        }

        /// <summary>Records the events of an Advance.</summary>
        public void SetEvents(VehicleEvent[] events)
        {
            _events = events == null ? NoEvents : events;
        }

        /// <summary>Finds the first message on <paramref name="topic"/>, or null.</summary>
        public OutgoingMessage Find(string topic)
        {
            for (int i = 0; i < _messages.Count; i++)
            {
                var m = (OutgoingMessage)_messages[i];
                if (m.Topic == topic)
                {
                    return m;
                }
            }

            return null;
        }
    }
}
