using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose static test methods the launcher runs.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }
}
