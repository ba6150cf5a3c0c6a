using System.Collections;

namespace NanoVehicle.Core.Protocol
{
    /// <summary>
    /// Remembers the most recent correlation ids (a fixed-size ring) so a repeated request is answered 502 and not run
    /// twice. Memory stays bounded: the oldest id is forgotten when the ring is full.
    /// </summary>
    public sealed class CorrelationMemory
    {
        private readonly string[] _ring;
        private readonly Hashtable _known = new Hashtable();
        private int _next;

        /// <summary>Creates a memory of <paramref name="capacity"/> ids (at least 1).</summary>
        public CorrelationMemory(int capacity)
        {
            _ring = new string[capacity < 1 ? 1 : capacity];
        }

        /// <summary>How many ids it holds at most.</summary>
        public int Capacity
        {
            get { return _ring.Length; }
        }

        /// <summary>True when <paramref name="id"/> was seen and not yet forgotten.</summary>
        public bool Contains(string id)
        {
            return id != null && _known.Contains(id);
        }

        /// <summary>Remembers <paramref name="id"/>, forgetting the oldest when full. Returns false if already known.</summary>
        public bool Remember(string id)
        {
            if (id == null || _known.Contains(id))
            {
                return false;
            }

            string old = _ring[_next];
            if (old != null)
            {
                _known.Remove(old);
            }

            _ring[_next] = id;
            _known[id] = id;
            _next = (_next + 1) % _ring.Length;
            return true;
        }
    }
}
