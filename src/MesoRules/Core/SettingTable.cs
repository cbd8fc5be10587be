using System.Globalization;

namespace MesoRules.Core;

/// <summary>
/// The bindable settings of one options class, one entry per setting: its key, how its text converts and where
/// the value goes. The configuration binder walks these tables (no reflection, so trimming- and AOT-safe); the keys
/// a failure message lists are read from the same table, so a new setting is one new entry.
/// </summary>
/// <remarks>
/// Each options class declares its table as <c>Settings =&gt; field ??= new(...)</c>: built on first use, since a
/// parent's table holds its children's and a child's quotes its parent's ranges, which static initializers could
/// run in either order. Two threads racing there build equal tables; either one serves.
/// </remarks>
internal sealed class SettingTable(params Setting[] settings)
{
    public IReadOnlyList<Setting> Settings { get; } = settings;

    /// <summary>The setting named <paramref name="key"/>, compared ignoring case as configuration keys are; <see langword="null"/> when there is none.</summary>
    public Setting? Find(string key)
    {
        foreach (Setting setting in Settings)
        {
            if (string.Equals(setting.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return setting;
            }
        }

        return null;
    }

    /// <summary>The keys a configuration may set here, for the "not a setting" failure; settings that are refused from configuration are left out.</summary>
    public string AllowedKeys => string.Join(", ", Settings.Where(s => s is not RefusedSetting).Select(s => s.Name));
}

/// <summary>One setting of a <see cref="SettingTable"/>: the property name, which is its configuration key.</summary>
internal abstract class Setting(string name)
{
    public string Name { get; } = name;

    /// <summary>The allowed range in the words the XML docs use (<c>1 to 12</c>), when the setting has one.</summary>
    public virtual string? AllowedInWords => null;
}

/// <summary>How the text of a configuration value converts to a <typeparamref name="T"/>, and what a failure says.</summary>
internal sealed class ValueFormat<T>(ValueFormat<T>.Reader read, string expected)
{
    public delegate bool Reader(string text, out T value);

    public bool TryRead(string text, out T value) => read(text, out value);

    /// <summary>What a value that does not convert is called: <c>'abc' is not a whole number</c>.</summary>
    public string Problem(string text) => $"'{text}' is not {expected}";
}

/// <summary>The formats of the library's settings.</summary>
internal static class ValueFormats
{
    public static ValueFormat<string> Text { get; } = new(static (string text, out string value) => { value = text; return true; }, "text");

    public static ValueFormat<int> WholeNumber { get; } = new(
        static (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value), "a whole number");

    public static ValueFormat<bool> Flag { get; } = new(static (string text, out bool value) => bool.TryParse(text, out value), "true or false");

    public static ValueFormat<TimeSpan> Duration { get; } = new(
        static (string text, out TimeSpan value) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value),
        "a duration; allowed: d.hh:mm:ss, for example 2.00:00:00 for two days");

    public static ValueFormat<TEnum> Names<TEnum>()
        where TEnum : struct, Enum =>
        new(static (string text, out TEnum value) => EnumNames<TEnum>.TryParse(text.AsSpan().Trim(), out value), $"a value of {typeof(TEnum).Name}; allowed: {EnumNames<TEnum>.Allowed}");
}

/// <summary>A setting with one value: text converted by its format, then set.</summary>
internal abstract class ScalarSetting(string name) : Setting(name)
{
    /// <summary>Converts <paramref name="text"/> and sets it on <paramref name="target"/>; returns what is wrong (without the path), or <see langword="null"/>.</summary>
    public abstract string? TrySet(object target, string text);
}

/// <inheritdoc cref="ScalarSetting"/>
internal sealed class ScalarSetting<TOptions, T>(string name, ValueFormat<T> format, Action<TOptions, T> set, string? allowedInWords = null) : ScalarSetting(name)
{
    public override string? AllowedInWords => allowedInWords;

    public override string? TrySet(object target, string text)
    {
        if (!format.TryRead(text, out T value))
        {
            return allowedInWords is null ? format.Problem(text) : $"{format.Problem(text)}; the allowed range is {allowedInWords}";
        }

        set((TOptions)target, value);
        return null;
    }
}

/// <summary>A setting that is itself an options class with a table of its own.</summary>
internal abstract class SectionSetting(string name, SettingTable table) : Setting(name)
{
    public SettingTable Table { get; } = table;

    /// <summary>The section's options object, created when the parent holds none.</summary>
    public abstract object Target(object parent);
}

/// <inheritdoc cref="SectionSetting"/>
internal sealed class SectionSetting<TOptions, TSection>(string name, Func<TOptions, TSection> getOrCreate, SettingTable table) : SectionSetting(name, table)
    where TSection : class
{
    public override object Target(object parent) => getOrCreate((TOptions)parent);
}

/// <summary>A dictionary of options objects, one per key (a rule id, an activity name), each with the table of its value type.</summary>
internal abstract class DictionarySetting(string name, SettingTable table) : Setting(name)
{
    public SettingTable Table { get; } = table;

    /// <summary>The entry for <paramref name="key"/>, added when missing; the key is first put in its canonical form.</summary>
    public abstract object Entry(object parent, string key);
}

/// <inheritdoc cref="DictionarySetting"/>
internal sealed class DictionarySetting<TOptions, TValue>(string name, Func<TOptions, IDictionary<string, TValue>> getOrCreate, Func<string, string> canonicalKey, SettingTable table)
    : DictionarySetting(name, table)
    where TValue : class, new()
{
    public override object Entry(object parent, string key)
    {
        IDictionary<string, TValue> dictionary = getOrCreate((TOptions)parent);
        string canonical = canonicalKey(key);
        if (!dictionary.TryGetValue(canonical, out TValue? value) || value is null)
        {
            value = new TValue();
            dictionary[canonical] = value;
        }

        return value;
    }
}

/// <summary>A dictionary of texts keyed by name or id.</summary>
internal abstract class TextDictionarySetting(string name) : Setting(name)
{
    public abstract void Set(object parent, string key, string text);
}

/// <inheritdoc cref="TextDictionarySetting"/>
internal sealed class TextDictionarySetting<TOptions>(string name, Func<TOptions, IDictionary<string, string>> getOrCreate, Func<string, string> canonicalKey)
    : TextDictionarySetting(name)
{
    public override void Set(object parent, string key, string text) => getOrCreate((TOptions)parent)[canonicalKey(key)] = text;
}

/// <summary>Texts by language tag, then by text id (a feature's <c>Translations</c>).</summary>
internal abstract class TranslationsSetting(string name) : Setting(name)
{
    public abstract void Set(object parent, string language, string key, string text);
}

/// <inheritdoc cref="TranslationsSetting"/>
internal sealed class TranslationsSetting<TOptions>(string name, Func<TOptions, IDictionary<string, IDictionary<string, string>>> getOrCreate)
    : TranslationsSetting(name)
{
    public override void Set(object parent, string language, string key, string text)
    {
        IDictionary<string, IDictionary<string, string>> all = getOrCreate((TOptions)parent);
        if (!all.TryGetValue(language, out IDictionary<string, string>? texts) || texts is null)
        {
            all[language] = texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        texts[key.ToLowerInvariant()] = text;
    }
}

/// <summary>A list of texts, written in configuration as keys 0, 1, 2, ...</summary>
internal abstract class TextListSetting(string name, string example) : Setting(name)
{
    /// <summary>An example of the list, for the failure when a single value stands where the list belongs.</summary>
    public string Example { get; } = example;

    public abstract void Set(object parent, List<string> items);
}

/// <inheritdoc cref="TextListSetting"/>
internal sealed class TextListSetting<TOptions>(string name, string example, Action<TOptions, List<string>> set) : TextListSetting(name, example)
{
    public override void Set(object parent, List<string> items) => set((TOptions)parent, items);
}

/// <summary>A setting that exists on the options class but cannot come from configuration (C# rules); naming it is a failure that says why.</summary>
internal sealed class RefusedSetting(string name, string reason) : Setting(name)
{
    public string Reason { get; } = reason;
}

/// <summary>Builds the entries of one options class's table, with the options type written once.</summary>
internal static class Settings<TOptions>
{
    public static Setting Text(string name, Action<TOptions, string> set, TextLength? length = null) =>
        new ScalarSetting<TOptions, string>(name, ValueFormats.Text, set, length?.InWords);

    public static Setting Number(string name, Action<TOptions, int> set, IntRange? range = null) =>
        new ScalarSetting<TOptions, int>(name, ValueFormats.WholeNumber, set, range?.InWords);

    public static Setting Flag(string name, Action<TOptions, bool> set) =>
        new ScalarSetting<TOptions, bool>(name, ValueFormats.Flag, set);

    public static Setting Duration(string name, Action<TOptions, TimeSpan> set, DurationRange? range = null) =>
        new ScalarSetting<TOptions, TimeSpan>(name, ValueFormats.Duration, set, range?.InWords);

    public static Setting Names<TEnum>(string name, Action<TOptions, TEnum> set)
        where TEnum : struct, Enum =>
        new ScalarSetting<TOptions, TEnum>(name, ValueFormats.Names<TEnum>(), set);

    public static Setting Section<TSection>(string name, Func<TOptions, TSection> getOrCreate, SettingTable table)
        where TSection : class =>
        new SectionSetting<TOptions, TSection>(name, getOrCreate, table);

    public static Setting Dictionary<TValue>(string name, Func<TOptions, IDictionary<string, TValue>> getOrCreate, Func<string, string> canonicalKey, SettingTable table)
        where TValue : class, new() =>
        new DictionarySetting<TOptions, TValue>(name, getOrCreate, canonicalKey, table);

    public static Setting Texts(string name, Func<TOptions, IDictionary<string, string>> getOrCreate, Func<string, string> canonicalKey) =>
        new TextDictionarySetting<TOptions>(name, getOrCreate, canonicalKey);

    public static Setting Translations(string name, Func<TOptions, IDictionary<string, IDictionary<string, string>>> getOrCreate) =>
        new TranslationsSetting<TOptions>(name, getOrCreate);

    public static Setting TextList(string name, string example, Action<TOptions, List<string>> set) =>
        new TextListSetting<TOptions>(name, example, set);

    public static Setting Refused(string name, string reason) => new RefusedSetting(name, reason);
}
