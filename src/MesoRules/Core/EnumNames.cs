namespace MesoRules.Core;

/// <summary>
/// The one reader of enum values by name, used wherever the library reads a name: JSON (<see cref="StrictEnumConverter{TEnum}"/>),
/// configuration, the clinic calendar's days, aftercare activity keys. Its rule: a defined name, compared ignoring
/// case (ordinal); never a number, a numeric string (<c>"1"</c>) or comma-joined names (<c>"No, Yes"</c>), which
/// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would turn into undefined or combined values. The
/// text is taken as given: configuration trims its values first, as it does for numbers and flags; JSON does not.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<TEnum>();
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    /// <summary>Every name, in the order of the values.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The names as failure messages list them: <c>Unknown, No, Yes</c>.</summary>
    public static string Allowed { get; } = string.Join(", ", Names);

    public static bool TryParse(ReadOnlySpan<char> text, out TEnum value)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (text.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The name of a defined value; <see langword="null"/> for a value the enum does not define.</summary>
    public static string? NameOf(TEnum value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : null;
    }

    public static bool IsDefined(TEnum value) => Array.IndexOf(Values, value) >= 0;
}
