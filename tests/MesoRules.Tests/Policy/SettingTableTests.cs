using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.Extensions.Configuration;

namespace MesoRules.Tests.Policy;

/// <summary>
/// The configuration binder's tables against the options classes themselves: every settable public property, found
/// by reflection over <see cref="MesoRulesOptions"/> and the option classes it holds, binds from configuration, and
/// every range a table declares is the one the property's XML docs state.
/// </summary>
public class SettingTableTests
{
    /// <summary>A key to bind a dictionary entry under, per entry type: an id or name the dictionary accepts.</summary>
    private static readonly Dictionary<Type, string> EntryKeys = new()
    {
        [typeof(EligibilityRuleOptions)] = EligibilityRuleIds.KeloidTendency,
        [typeof(AftercareRuleOptions)] = nameof(AftercareActivity.Sun),
        [typeof(PlanningRuleOptions)] = PlanningRuleIds.FollowUp,
        [typeof(DisclosureRuleOptions)] = DisclosureRuleIds.Consent,
        [typeof(MedicineClassOptions)] = "antithrombotic",
        [typeof(IngredientGroupOptions)] = "biotin",
    };

    /// <summary>A key for each dictionary of texts, by "Type.Property".</summary>
    private static readonly Dictionary<string, string> TextKeys = new()
    {
        ["EligibilityOptions.Texts"] = "eligibility.pregnancy.question",
        ["AftercareOptions.Texts"] = "aftercare.sheet.general-care",
        ["PlanningOptions.Texts"] = "planning.follow-up.text",
        ["DisclosureOptions.Texts"] = "disclosure.label.likelihood",
    };

    /// <summary>Properties that configuration cannot set by design; the binder names them as failures that say why.</summary>
    private static readonly HashSet<string> CodeOnly = ["EligibilityOptions.CustomRules"];

    /// <summary>One settable property reached from <see cref="MesoRulesOptions"/>, with configuration that sets it to a value that is not its default.</summary>
    private sealed record Leaf(string Name, PropertyInfo Property, Dictionary<string, string?> Configuration, Func<MesoRulesOptions, object?> Read, object Expected, Setting? Setting);

    [Fact]
    public void Every_settable_option_property_binds_a_value_that_is_not_its_default_from_configuration()
    {
        List<Leaf> leaves = [.. Leaves(typeof(MesoRulesOptions), MesoRulesOptions.SectionName, o => o, MesoRulesOptions.Settings)];
        var problems = new List<string>();
        foreach (Leaf leaf in leaves)
        {
            var options = new MesoRulesOptions();
            IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(leaf.Configuration).Build();
            MesoRulesConfigurationBinder.Bind(configuration.GetSection(MesoRulesOptions.SectionName), options);
            object? read = options.BindingFailures.Count == 0 ? leaf.Read(options) : null;
            if (options.BindingFailures.Count > 0 || !Same(leaf.Expected, read))
            {
                problems.Add($"{leaf.Name}: expected {Show(leaf.Expected)}, read {Show(read)}; {string.Join(" ", options.BindingFailures)}");
            }
        }

        Assert.Empty(problems);
        Assert.True(leaves.Count >= 25, $"only {leaves.Count} settable properties found");
    }

    [Fact]
    public void Every_range_a_setting_table_declares_is_the_range_the_xml_docs_of_its_property_state()
    {
        XDocument docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "MesoRules.xml"));
        var problems = new List<string>();
        int checkedRanges = 0;
        foreach (Leaf leaf in Leaves(typeof(MesoRulesOptions), MesoRulesOptions.SectionName, o => o, MesoRulesOptions.Settings))
        {
            if (leaf.Setting?.AllowedInWords is not { } words)
            {
                continue;
            }

            checkedRanges++;
            string member = $"P:{leaf.Property.DeclaringType!.FullName}.{leaf.Property.Name}";
            string? value = docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == member)?.Element("summary")?.Element("value")?.Value;
            string text = Regex.Replace(value ?? string.Empty, @"\s+", " ");
            if (!Regex.IsMatch(text, $@"\ballowed: (each [a-z]+ )?{Regex.Escape(words)}(?![0-9])"))
            {
                problems.Add($"{member}: the <value> docs should state 'allowed: {words}'; they say '{text}'");
            }
        }

        Assert.Empty(problems);
        Assert.True(checkedRanges >= 15, $"only {checkedRanges} ranges checked");
    }

    [Fact]
    public void A_value_that_does_not_convert_names_the_allowed_range_of_its_setting()
    {
        var options = new MesoRulesOptions();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Planning:MildInitialSessions"] = "four",
            ["MesoRules:Aftercare:Rules:Sun:Minimum"] = "two days",
        }).Build();

        MesoRulesConfigurationBinder.Bind(configuration.GetSection(MesoRulesOptions.SectionName), options);

        Assert.Equal(
            [
                "MesoRules:Aftercare:Rules:Sun:Minimum: 'two days' is not a duration; allowed: d.hh:mm:ss, for example 2.00:00:00 for two days; the allowed range is greater than 00:00:00, at most 30.00:00:00.",
                "MesoRules:Planning:MildInitialSessions: 'four' is not a whole number; the allowed range is 1 to 12.",
            ],
            options.BindingFailures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_setting_configuration_cannot_hold_is_refused_naming_why_and_left_out_of_the_allowed_keys()
    {
        Assert.IsType<RefusedSetting>(EligibilityOptions.Settings.Find(nameof(EligibilityOptions.CustomRules)));
        Assert.DoesNotContain(nameof(EligibilityOptions.CustomRules), EligibilityOptions.Settings.AllowedKeys, StringComparison.Ordinal);
    }

    private static IEnumerable<Leaf> Leaves(Type type, string path, Func<MesoRulesOptions, object> locate, SettingTable? table)
    {
        object defaults = Activator.CreateInstance(type)!;
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } || DictionaryValueType(p.PropertyType) is not null || p.PropertyType.IsAssignableTo(typeof(System.Collections.IList))))
        {
            string name = $"{type.Name}.{property.Name}";
            if (CodeOnly.Contains(name))
            {
                continue;
            }

            Type propertyType = property.PropertyType;
            string key = $"{path}:{property.Name}";
            Setting? setting = table?.Find(property.Name);
            if (IsOptionsClass(propertyType))
            {
                foreach (Leaf leaf in Leaves(propertyType, key, o => property.GetValue(locate(o))!, (setting as SectionSetting)?.Table))
                {
                    yield return leaf;
                }
            }
            else if (DictionaryValueType(propertyType) == typeof(IDictionary<string, string>))
            {
                // A feature's Translations: a language, then the same text ids as its Texts.
                string entry = TextKeys.TryGetValue($"{type.Name}.Texts", out string? k) ? k : throw new InvalidOperationException($"{name}: add a text key for {type.Name}.Texts to {nameof(TextKeys)}.");
                yield return new Leaf(
                    name,
                    property,
                    new() { [$"{key}:es:{entry}"] = "Redacción de la clínica" },
                    o => ((IDictionary<string, IDictionary<string, string>>)property.GetValue(locate(o))!).TryGetValue("es", out IDictionary<string, string>? texts) && texts.TryGetValue(entry, out string? text) ? text : null,
                    "Redacción de la clínica",
                    setting);
            }
            else if (DictionaryValueType(propertyType) is { } valueType && valueType != typeof(string))
            {
                string entry = EntryKeys.TryGetValue(valueType, out string? k) ? k : throw new InvalidOperationException($"{name}: add an entry key for {valueType.Name} to {nameof(EntryKeys)}.");
                foreach (Leaf leaf in Leaves(valueType, $"{key}:{entry}", o => ((IDictionary)property.GetValue(locate(o))!)[entry]!, (setting as DictionarySetting)?.Table))
                {
                    yield return leaf;
                }
            }
            else if (DictionaryValueType(propertyType) == typeof(string))
            {
                string entry = TextKeys.TryGetValue(name, out string? k) ? k : throw new InvalidOperationException($"{name}: add a text key to {nameof(TextKeys)}.");
                yield return new Leaf(name, property, new() { [$"{key}:{entry}"] = "Clinic wording" }, o => ((IDictionary<string, string>)property.GetValue(locate(o))!).TryGetValue(entry, out string? text) ? text : null, "Clinic wording", setting);
            }
            else if (propertyType == typeof(IList<string>))
            {
                yield return new Leaf(name, property, new() { [$"{key}:0"] = "first", [$"{key}:1"] = "second" }, o => property.GetValue(locate(o)), new List<string> { "first", "second" }, setting);
            }
            else
            {
                (object value, string text) = NotDefault(name, propertyType, property.GetValue(defaults));
                yield return new Leaf(name, property, new() { [key] = text }, o => property.GetValue(locate(o)), value, setting);
            }
        }
    }

    private static bool IsOptionsClass(Type type) => type.IsClass && type != typeof(string) && type.Namespace!.StartsWith("MesoRules", StringComparison.Ordinal) && type.GetConstructor(Type.EmptyTypes) is not null;

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>) && type.GetGenericArguments()[0] == typeof(string) ? type.GetGenericArguments()[1] : null;

    /// <summary>A value of <paramref name="type"/> other than <paramref name="current"/>, with its configuration text.</summary>
    private static (object Value, string Text) NotDefault(string name, Type type, object? current)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(int))
        {
            int value = (int)(current ?? 0) + 1;
            return (value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (plain == typeof(bool))
        {
            bool value = !(bool)(current ?? false);
            return (value, value ? "true" : "false");
        }

        if (plain == typeof(TimeSpan))
        {
            TimeSpan value = (TimeSpan)(current ?? TimeSpan.FromDays(1)) + TimeSpan.FromMinutes(1);
            return (value, value.ToString("c", CultureInfo.InvariantCulture));
        }

        if (plain == typeof(string))
        {
            return ("Clinic wording", "Clinic wording");
        }

        if (plain.IsEnum)
        {
            object value = Enum.GetValues(plain).Cast<object>().First(v => !v.Equals(current));
            return (value, value.ToString()!.ToUpperInvariant());
        }

        throw new InvalidOperationException($"{name}: teach {nameof(NotDefault)} a value of {type.Name}.");
    }

    private static bool Same(object expected, object? actual) =>
        expected is IEnumerable<string> list && actual is IEnumerable<string> other ? list.SequenceEqual(other) : expected.Equals(actual);

    private static string Show(object? value) => value is IEnumerable<string> list && value is not string ? $"[{string.Join(", ", list)}]" : value?.ToString() ?? "null";
}
