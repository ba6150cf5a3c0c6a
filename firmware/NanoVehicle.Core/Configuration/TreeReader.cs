using System;
using System.Collections;
using NanoVehicle.Core.Json;

namespace NanoVehicle.Core.Configuration
{
    /// <summary>
    /// Reads typed values out of a parsed JSON tree (Hashtable objects, ArrayList arrays, strings, numbers, booleans)
    /// for the configuration files, collecting every problem as a message that names the field instead of throwing.
    /// Numbers and booleans are read with the core's <see cref="JsonValues"/> rules, so strings such as "8883" and
    /// "true" are accepted as well.
    /// </summary>
    internal sealed class TreeReader
    {
        private readonly ArrayList _errors;

        /// <summary>Starts a reader that appends its error messages to <paramref name="errors"/>.</summary>
        public TreeReader(ArrayList errors)
        {
            _errors = errors;
        }

        /// <summary>Records a problem with <paramref name="field"/>.</summary>
        public void Fail(string field, string problem)
        {
            _errors.Add(field + ": " + problem);
        }

        /// <summary>True when no problem has been recorded.</summary>
        public bool Clean
        {
            get { return _errors.Count == 0; }
        }

        /// <summary>The object at <paramref name="key"/>, or null (and an error when required).</summary>
        public Hashtable Object(Hashtable parent, string key, string field, bool required)
        {
            object value = parent == null ? null : parent[key];
            if (value == null)
            {
                if (required)
                {
                    Fail(field, "is missing (expected an object)");
                }

                return null;
            }

            Hashtable table = value as Hashtable;
            if (table == null)
            {
                Fail(field, "must be an object");
            }

            return table;
        }

        /// <summary>The array at <paramref name="key"/>, or null (and an error when required).</summary>
        public ArrayList Array(Hashtable parent, string key, string field, bool required)
        {
            object value = parent == null ? null : parent[key];
            if (value == null)
            {
                if (required)
                {
                    Fail(field, "is missing (expected an array)");
                }

                return null;
            }

            ArrayList list = value as ArrayList;
            if (list == null)
            {
                Fail(field, "must be an array");
            }

            return list;
        }

        /// <summary>
        /// The string at <paramref name="key"/>; null when absent (an error when required). An empty string counts
        /// as absent for a required field.
        /// </summary>
        public string String(Hashtable parent, string key, string field, bool required)
        {
            object value = parent == null ? null : parent[key];
            if (value == null)
            {
                if (required)
                {
                    Fail(field, "is missing");
                }

                return null;
            }

            string text = value as string;
            if (text == null)
            {
                Fail(field, "must be a string");
                return null;
            }

            if (required && text.Length == 0)
            {
                Fail(field, "must not be empty");
                return null;
            }

            return text;
        }

        /// <summary>The boolean at <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
        public bool Boolean(Hashtable parent, string key, string field, bool fallback)
        {
            object value = parent == null ? null : parent[key];
            if (value == null)
            {
                return fallback;
            }

            bool flag;
            if (JsonValues.ToBool(value, out flag) == JsonValues.Ok)
            {
                return flag;
            }

            Fail(field, "must be true or false");
            return fallback;
        }

        /// <summary>
        /// The whole number at <paramref name="key"/> within [<paramref name="min"/>, <paramref name="max"/>];
        /// <paramref name="fallback"/> when absent and not required.
        /// </summary>
        public int Integer(Hashtable parent, string key, string field, bool required, int fallback, int min, int max)
        {
            object value = parent == null ? null : parent[key];
            if (value == null)
            {
                if (required)
                {
                    Fail(field, "is missing");
                }

                return fallback;
            }

            int number;
            if (JsonValues.ToInt(value, int.MinValue, int.MaxValue, out number) != JsonValues.Ok)
            {
                Fail(field, "must be a whole number");
                return fallback;
            }

            if (number < min || number > max)
            {
                Fail(field, "must be between " + min.ToString() + " and " + max.ToString() + " (got " + number.ToString() + ")");
                return fallback;
            }

            return number;
        }
    }
}
