using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Thrown when an assertion does not hold; its message says what was expected and what was found.</summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AssertFailedException()
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        /// <summary>Creates the exception with a message and the exception that caused it.</summary>
        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}
