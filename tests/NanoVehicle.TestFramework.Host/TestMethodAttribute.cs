using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a static test method; with [DataRow] attributes the method runs once per row instead.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
