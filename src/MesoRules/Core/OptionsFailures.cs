using System.Globalization;

namespace MesoRules.Core;

/// <summary>Collects every options-validation failure, each naming the member, the bad value and what is allowed.</summary>
internal sealed class OptionsFailures
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Items => _failures;

    public bool Any => _failures.Count > 0;

    public void Add(string member, string problem) => _failures.Add($"{member}: {problem}");

    public void Add(string failure) => _failures.Add(failure);

    public void OutOfRange<T>(string member, T value, string allowed)
        where T : IFormattable =>
        _failures.Add($"{member}: {value.ToString(null, CultureInfo.InvariantCulture)} is outside the allowed range {allowed}.");

    public void Range(string member, int value, IntRange range)
    {
        if (!range.Contains(value))
        {
            OutOfRange(member, value, range.Allowed);
        }
    }

    /// <summary>Checks a bound that depends on other settings (an interval within the clinic's own interval bounds).</summary>
    public void Range(string member, int value, int min, int max) => Range(member, value, new IntRange(min, max));

    public void Range(string member, TimeSpan value, DurationRange range)
    {
        if (!range.Contains(value))
        {
            _failures.Add(range.MinExcluded
                ? $"{member}: {DurationRange.Format(value)} is outside the allowed range: {range.Allowed}."
                : $"{member}: {DurationRange.Format(value)} is outside the allowed range {range.Allowed}.");
        }
    }

    public void Defined<TEnum>(string member, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            _failures.Add($"{member}: {value} is not a defined {typeof(TEnum).Name} value; allowed: {EnumNames<TEnum>.Allowed}.");
        }
    }

    public void NotNull(string member, object? value)
    {
        if (value is null)
        {
            _failures.Add($"{member}: must not be null.");
        }
    }

    public void NotBlank(string member, string? value, TextLength length)
    {
        if (BlankText.IsBlank(value))
        {
            _failures.Add($"{member}: must not be null or blank.");
        }
        else if (value.Length > length.Max)
        {
            _failures.Add($"{member}: {value.Length} characters is outside the allowed length 1..{length.Max}.");
        }
    }
}
