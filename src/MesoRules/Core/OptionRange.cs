using System.Globalization;

namespace MesoRules.Core;

/// <summary>
/// The allowed range of a whole-number setting, declared once beside its options class. Validation checks values
/// against it, the configuration binder and the failure messages quote it, and a test holds the XML docs of the
/// setting to it (<c>allowed: 1 to 12</c>), so no bound is written twice.
/// </summary>
internal sealed class IntRange(int min, int max)
{
    /// <summary>The lowest value allowed (included).</summary>
    public int Min { get; } = min;

    /// <summary>The highest value allowed (included).</summary>
    public int Max { get; } = max;

    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>The range as failure messages write it: <c>1..12</c>.</summary>
    public string Allowed => string.Create(CultureInfo.InvariantCulture, $"{Min}..{Max}");

    /// <summary>The range as the XML docs write it: <c>1 to 12</c>.</summary>
    public string InWords => string.Create(CultureInfo.InvariantCulture, $"{Min} to {Max}");
}

/// <summary>
/// The allowed range of a duration setting, declared once beside its options class (see <see cref="IntRange"/>). The
/// lowest bound is either included or, for windows that must last some time, excluded.
/// </summary>
internal sealed class DurationRange(TimeSpan min, TimeSpan max, bool minExcluded = false)
{
    public TimeSpan Min { get; } = min;

    public TimeSpan Max { get; } = max;

    /// <summary>Whether <see cref="Min"/> itself is refused (the value must be greater than it).</summary>
    public bool MinExcluded { get; } = minExcluded;

    public bool Contains(TimeSpan value) => (MinExcluded ? value > Min : value >= Min) && value <= Max;

    /// <summary>The range as failure messages write it: <c>00:05:00..08:00:00</c>, or <c>greater than 00:00:00 and at most 30.00:00:00</c>.</summary>
    public string Allowed => MinExcluded ? $"greater than {Format(Min)} and at most {Format(Max)}" : $"{Format(Min)}..{Format(Max)}";

    /// <summary>The range as the XML docs write it: <c>00:05:00 to 08:00:00</c>, or <c>greater than 00:00:00, at most 30.00:00:00</c>.</summary>
    public string InWords => MinExcluded ? $"greater than {Format(Min)}, at most {Format(Max)}" : $"{Format(Min)} to {Format(Max)}";

    public static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}

/// <summary>The allowed length of a text setting: 1 to <see cref="Max"/> characters, not blank (see <see cref="BlankText"/>).</summary>
internal sealed class TextLength(int max)
{
    public int Max { get; } = max;

    /// <summary>The range as the XML docs write it: <c>1 to 2000 characters</c>.</summary>
    public string InWords => string.Create(CultureInfo.InvariantCulture, $"1 to {Max} characters");
}
