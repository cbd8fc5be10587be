using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using Microsoft.Extensions.Configuration;

namespace MesoRules.Policy;

/// <summary>
/// Binds the <c>MesoRules</c> configuration section onto <see cref="MesoRulesOptions"/> without reflection
/// (trimming- and AOT-safe) and strictly: a value that cannot be converted, or a key that is no setting, is
/// recorded as a failure that validation lists with every other, never dropped or thrown on its own.
/// </summary>
internal static class MesoRulesConfigurationBinder
{
    public static void Bind(IConfiguration section, MesoRulesOptions o)
    {
        List<string> f = o.BindingFailures;
        foreach (IConfigurationSection child in section.GetChildren())
        {
            switch (Key(child))
            {
                case "policyname": Text(child, f, v => o.PolicyName = v); break;
                case "eligibility": BindEligibility(Children(child, f), o.Eligibility ??= new(), f); break;
                case "aftercare": BindAftercare(Children(child, f), o.Aftercare ??= new(), f); break;
                case "planning": BindPlanning(Children(child, f), o.Planning ??= new(), f); break;
                case "disclosure": BindDisclosure(Children(child, f), o.Disclosure ??= new(), f); break;
                default: Unknown(child, f, "PolicyName, Eligibility, Aftercare, Planning, Disclosure"); break;
            }
        }
    }

    /// <summary>
    /// The failure for a section found without settings after it had some (see <c>ConfigurationSectionBinding</c>). It names
    /// the section and the way back to the shipped defaults, never a value.
    /// </summary>
    public static string LostSection(IConfiguration section)
    {
        string path = (section as IConfigurationSection)?.Path ?? string.Empty;
        string setting = path.Length == 0 ? nameof(MesoRulesOptions.PolicyName) : $"{path}:{nameof(MesoRulesOptions.PolicyName)}";
        return $"{(path.Length == 0 ? "The configuration" : path)}: the section is missing or empty after it had settings, as while its settings file is deleted or written again; "
            + $"an empty section is refused rather than read as the shipped defaults. To return to the shipped defaults, write one setting, for example {setting}.";
    }

    private static void BindEligibility(IEnumerable<IConfigurationSection> children, EligibilityOptions o, List<string> f)
    {
        foreach (IConfigurationSection child in children)
        {
            switch (Key(child))
            {
                case "minimumageyears": Int(child, f, v => o.MinimumAgeYears = v); break;
                case "pregnancyavoidancecomponents": o.PregnancyAvoidanceComponents = StringList(child, f); break;
                case "rules":
                    foreach (IConfigurationSection rule in Children(child, f))
                    {
                        // Rule ids are lower case; configuration keys are not case-sensitive.
                        RuleOverride target = GetOrAdd(o.Rules ??= new Dictionary<string, RuleOverride>(StringComparer.Ordinal), rule.Key.ToLowerInvariant());
                        foreach (IConfigurationSection setting in Children(rule, f))
                        {
                            switch (Key(setting))
                            {
                                case "enabled": Bool(setting, f, v => target.Enabled = v); break;
                                case "outcome": Enum<EligibilityOutcome>(setting, f, v => target.Outcome = v); break;
                                default: Unknown(setting, f, "Enabled, Outcome"); break;
                            }
                        }
                    }

                    break;
                case "customrules":
                    f.Add($"{child.Path}: clinic rules are C# conditions and cannot come from configuration; add them in AddMesoRules(configuration, options => options.Eligibility.CustomRules.Add(...)).");
                    break;
                default: Unknown(child, f, "MinimumAgeYears, PregnancyAvoidanceComponents, Rules"); break;
            }
        }
    }

    private static void BindAftercare(IEnumerable<IConfigurationSection> children, AftercareOptions o, List<string> f)
    {
        foreach (IConfigurationSection child in children)
        {
            if (Key(child) != "restrictions")
            {
                Unknown(child, f, "Restrictions");
                continue;
            }

            foreach (IConfigurationSection restriction in Children(child, f))
            {
                AftercareRestrictionOptions target = GetOrAdd(o.Restrictions ??= new Dictionary<string, AftercareRestrictionOptions>(StringComparer.Ordinal), restriction.Key);
                foreach (IConfigurationSection setting in Children(restriction, f))
                {
                    switch (Key(setting))
                    {
                        case "enabled": Bool(setting, f, v => target.Enabled = v); break;
                        case "minimum": Duration(setting, f, v => target.Minimum = v); break;
                        case "recommended": Duration(setting, f, v => target.Recommended = v); break;
                        case "guidance": Text(setting, f, v => target.Guidance = v); break;
                        case "reason": Text(setting, f, v => target.Reason = v); break;
                        default: Unknown(setting, f, "Enabled, Minimum, Recommended, Guidance, Reason"); break;
                    }
                }
            }
        }
    }

    private static void BindPlanning(IEnumerable<IConfigurationSection> children, PlanningOptions o, List<string> f)
    {
        foreach (IConfigurationSection child in children)
        {
            switch (Key(child))
            {
                case "mildinitialsessions": Int(child, f, v => o.MildInitialSessions = v); break;
                case "moderateinitialsessions": Int(child, f, v => o.ModerateInitialSessions = v); break;
                case "severeinitialsessions": Int(child, f, v => o.SevereInitialSessions = v); break;
                case "mildintervaldays": Int(child, f, v => o.MildIntervalDays = v); break;
                case "moderateintervaldays": Int(child, f, v => o.ModerateIntervalDays = v); break;
                case "severeintervaldays": Int(child, f, v => o.SevereIntervalDays = v); break;
                case "minimumintervaldays": Int(child, f, v => o.MinimumIntervalDays = v); break;
                case "maximumintervaldays": Int(child, f, v => o.MaximumIntervalDays = v); break;
                case "goodresponsemaintenancemonths": Int(child, f, v => o.GoodResponseMaintenanceMonths = v); break;
                case "partialresponsemaintenancemonths": Int(child, f, v => o.PartialResponseMaintenanceMonths = v); break;
                case "addsessionafterlonggap": Bool(child, f, v => o.AddSessionAfterLongGap = v); break;
                case "sessionduration": Duration(child, f, v => o.SessionDuration = v); break;
                case "maintenancetolerancedays": Int(child, f, v => o.MaintenanceToleranceDays = v); break;
                case "followupweeks": Int(child, f, v => o.FollowUpWeeks = v); break;
                default:
                    Unknown(child, f, "MildInitialSessions, ModerateInitialSessions, SevereInitialSessions, MildIntervalDays, ModerateIntervalDays, SevereIntervalDays, MinimumIntervalDays, MaximumIntervalDays, GoodResponseMaintenanceMonths, PartialResponseMaintenanceMonths, AddSessionAfterLongGap, SessionDuration, MaintenanceToleranceDays, FollowUpWeeks");
                    break;
            }
        }
    }

    private static void BindDisclosure(IEnumerable<IConfigurationSection> children, DisclosureOptions o, List<string> f)
    {
        foreach (IConfigurationSection child in children)
        {
            switch (Key(child))
            {
                case "requireconsent": Bool(child, f, v => o.RequireConsent = v); break;
                case "risks":
                    foreach (IConfigurationSection risk in Children(child, f))
                    {
                        DisclosureRiskOptions target = GetOrAdd(o.Risks ??= new Dictionary<string, DisclosureRiskOptions>(StringComparer.Ordinal), risk.Key.ToLowerInvariant());
                        foreach (IConfigurationSection setting in Children(risk, f))
                        {
                            switch (Key(setting))
                            {
                                case "title": Text(setting, f, v => target.Title = v); break;
                                case "text": Text(setting, f, v => target.Text = v); break;
                                case "course": Text(setting, f, v => target.Course = v); break;
                                case "mitigation": Text(setting, f, v => target.Mitigation = v); break;
                                case "raisedbecause":
                                    IDictionary<string, string> reasons = target.RaisedBecause ??= new Dictionary<string, string>(StringComparer.Ordinal);
                                    string[] known = DefaultDisclosureContent.ReasonKeys(risk.Key);
                                    foreach (IConfigurationSection reason in Children(setting, f))
                                    {
                                        string key = known.FirstOrDefault(k => string.Equals(k, reason.Key, StringComparison.OrdinalIgnoreCase)) ?? reason.Key;
                                        Text(reason, f, v => reasons[key] = v);
                                    }

                                    break;
                                default: Unknown(setting, f, "Title, Text, Course, Mitigation, RaisedBecause"); break;
                            }
                        }
                    }

                    break;
                case "statements":
                    foreach (IConfigurationSection statement in Children(child, f))
                    {
                        DisclosureStatementOptions target = GetOrAdd(o.Statements ??= new Dictionary<string, DisclosureStatementOptions>(StringComparer.Ordinal), statement.Key.ToLowerInvariant());
                        foreach (IConfigurationSection setting in Children(statement, f))
                        {
                            switch (Key(setting))
                            {
                                case "title": Text(setting, f, v => target.Title = v); break;
                                case "text": Text(setting, f, v => target.Text = v); break;
                                default: Unknown(setting, f, "Title, Text"); break;
                            }
                        }
                    }

                    break;
                case "labels":
                    IDictionary<string, string> labels = o.Labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (IConfigurationSection label in Children(child, f))
                    {
                        // Label names as DisclosureLabels.Names spells them; configuration keys are not case-sensitive.
                        string name = DisclosureLabels.Names.FirstOrDefault(n => string.Equals(n, label.Key, StringComparison.OrdinalIgnoreCase)) ?? label.Key;
                        Text(label, f, v => labels[name] = v);
                    }

                    break;
                default: Unknown(child, f, "RequireConsent, Risks, Statements, Labels"); break;
            }
        }
    }

    private static string Key(IConfigurationSection section) => section.Key.ToLowerInvariant();

    /// <summary>The children of a key that must be a section; a non-empty plain value there is a failure (an empty one is an empty section).</summary>
    private static IEnumerable<IConfigurationSection> Children(IConfigurationSection section, List<string> f)
    {
        if (!string.IsNullOrEmpty(section.Value))
        {
            f.Add($"{section.Path}: expected a section, found a value.");
            return [];
        }

        return section.GetChildren();
    }

    private static T GetOrAdd<T>(IDictionary<string, T> dictionary, string key)
        where T : new()
    {
        if (!dictionary.TryGetValue(key, out T? value) || value is null)
        {
            value = new T();
            dictionary[key] = value;
        }

        return value;
    }

    private static void Unknown(IConfigurationSection section, List<string> f, string allowed) =>
        f.Add($"{section.Path}: is not a setting here; allowed: {allowed}.");

    /// <summary>The scalar value of a key, or a failure when the key holds a section instead.</summary>
    private static bool Scalar(IConfigurationSection section, List<string> f, out string value)
    {
        if (section.Value is { } text)
        {
            value = text;
            return true;
        }

        f.Add(section.GetChildren().Any() ? $"{section.Path}: expected a value, found a section." : $"{section.Path}: expected a value, found null.");
        value = string.Empty;
        return false;
    }

    private static void Text(IConfigurationSection section, List<string> f, Action<string> set)
    {
        if (Scalar(section, f, out string value))
        {
            set(value);
        }
    }

    private static void Int(IConfigurationSection section, List<string> f, Action<int> set)
    {
        if (Scalar(section, f, out string value))
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number))
            {
                set(number);
            }
            else
            {
                f.Add($"{section.Path}: '{value}' is not a whole number.");
            }
        }
    }

    private static void Bool(IConfigurationSection section, List<string> f, Action<bool> set)
    {
        if (Scalar(section, f, out string value))
        {
            if (bool.TryParse(value, out bool flag))
            {
                set(flag);
            }
            else
            {
                f.Add($"{section.Path}: '{value}' is not true or false.");
            }
        }
    }

    private static void Duration(IConfigurationSection section, List<string> f, Action<TimeSpan> set)
    {
        if (Scalar(section, f, out string value))
        {
            if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan duration))
            {
                set(duration);
            }
            else
            {
                f.Add($"{section.Path}: '{value}' is not a duration; allowed: d.hh:mm:ss, for example 2.00:00:00 for two days.");
            }
        }
    }

    private static void Enum<T>(IConfigurationSection section, List<string> f, Action<T> set)
        where T : struct, System.Enum
    {
        if (Scalar(section, f, out string value))
        {
            string[] names = System.Enum.GetNames<T>();
            T[] values = System.Enum.GetValues<T>();
            for (int i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], value.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    set(values[i]);
                    return;
                }
            }

            f.Add($"{section.Path}: '{value}' is not a value of {typeof(T).Name}; allowed: {string.Join(", ", names)}.");
        }
    }

    private static List<string> StringList(IConfigurationSection section, List<string> f)
    {
        if (!string.IsNullOrEmpty(section.Value))
        {
            // A single string where a list belongs would otherwise replace the list with nothing.
            f.Add($"{section.Path}: expected a list, for example [\"dutasteride\", \"finasteride\"]; found a single value.");
            return [];
        }

        if (section.Value is null && !section.GetChildren().Any())
        {
            f.Add($"{section.Path}: expected a list, found null.");
            return [];
        }

        var items = new List<(int Index, string Value)>();
        foreach (IConfigurationSection item in section.GetChildren())
        {
            if (!int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                f.Add($"{item.Path}: expected a list; its keys must be 0, 1, 2, ...");
                continue;
            }

            if (Scalar(item, f, out string value))
            {
                items.Add((index, value));
            }
        }

        return [.. items.OrderBy(i => i.Index).Select(i => i.Value)];
    }
}
