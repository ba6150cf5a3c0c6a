using System;

namespace nanoFramework.TestFramework
{
    /// <summary>One row of arguments for a static test method; each row is a test case of its own.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a row with the given arguments.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
            MethodParameters = methodParameters;
        }

        /// <summary>The arguments passed to the test method.</summary>
        public object[] MethodParameters { get; }
    }
}
