using System.Globalization;
using MesoRules.Core;
using Microsoft.Extensions.Configuration;

namespace MesoRules.Policy;

/// <summary>
/// Binds the <c>MesoRules</c> configuration section onto <see cref="MesoRulesOptions"/> by walking the options
/// classes' setting tables (<see cref="SettingTable"/>): no reflection (trimming- and AOT-safe), keys compared
/// ignoring case, and strict: a value that cannot be converted, a key that is no setting, a plain value where a
/// section belongs, or a null is recorded as a failure that validation lists with every other, never dropped or
/// thrown on its own.
/// </summary>
internal static class MesoRulesConfigurationBinder
{
    public static void Bind(IConfiguration section, MesoRulesOptions o) => Bind(section.GetChildren(), o, MesoRulesOptions.Settings, o.BindingFailures);

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

    private static void Bind(IEnumerable<IConfigurationSection> children, object target, SettingTable table, List<string> f)
    {
        foreach (IConfigurationSection child in children)
        {
            switch (table.Find(child.Key))
            {
                case ScalarSetting scalar:
                    if (Scalar(child, f, out string value) && scalar.TrySet(target, value) is { } problem)
                    {
                        f.Add($"{child.Path}: {problem}.");
                    }

                    break;
                case SectionSetting section:
                    Bind(Children(child, f), section.Target(target), section.Table, f);
                    break;
                case DictionarySetting dictionary:
                    foreach (IConfigurationSection entry in Children(child, f))
                    {
                        Bind(Children(entry, f), dictionary.Entry(target, entry.Key), dictionary.Table, f);
                    }

                    break;
                case TextDictionarySetting texts:
                    foreach (IConfigurationSection entry in Children(child, f))
                    {
                        if (Scalar(entry, f, out string text))
                        {
                            texts.Set(target, entry.Key, text);
                        }
                    }

                    break;
                case TranslationsSetting translations:
                    foreach (IConfigurationSection language in Children(child, f))
                    {
                        foreach (IConfigurationSection entry in Children(language, f))
                        {
                            if (Scalar(entry, f, out string text))
                            {
                                translations.Set(target, language.Key, entry.Key, text);
                            }
                        }
                    }

                    break;
                case TextListSetting list:
                    list.Set(target, TextList(child, f, list.Example));
                    break;
                case RefusedSetting refused:
                    f.Add($"{child.Path}: {refused.Reason}");
                    break;
                default:
                    f.Add($"{child.Path}: is not a setting here; allowed: {table.AllowedKeys}.");
                    break;
            }
        }
    }

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

    private static List<string> TextList(IConfigurationSection section, List<string> f, string example)
    {
        if (!string.IsNullOrEmpty(section.Value))
        {
            // A single string where a list belongs would otherwise replace the list with nothing.
            f.Add($"{section.Path}: expected a list, for example {example}; found a single value.");
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
