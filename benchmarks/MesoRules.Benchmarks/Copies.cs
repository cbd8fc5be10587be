using System.Reflection;

namespace MesoRules.Benchmarks;

/// <summary>
/// Benchmark and test inputs are built from shared samples (this file is compiled into both) by copying them and changing a few members: a shallow copy of every
/// public settable property, then <paramref name="change"/> on the copy. The samples themselves never change.
/// </summary>
internal static class Copies
{
    public static T With<T>(this T source, Action<T> change)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        T copy = Activator.CreateInstance<T>();
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanRead && property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                property.SetValue(copy, property.GetValue(source));
            }
        }

        change(copy);
        return copy;
    }
}
