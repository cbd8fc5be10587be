namespace MesoRules.Core;

/// <summary>One entry of a clinic's dictionary, with the id its key names (<see langword="null"/> when it names none).</summary>
internal readonly record struct ClinicKey<T>(string Key, string? Id, T Value);

/// <summary>
/// Reads the dictionaries a clinic keys by id (rules, texts): each key names an id ignoring case (configuration keys are
/// not case-sensitive, and code may spell an id in capitals), and each id may be named once.
/// </summary>
internal static class ClinicKeys
{
    /// <summary>
    /// The entries of <paramref name="entries"/> in key order, each with the id its key names. A key that names no id,
    /// a key that names an id an earlier key named, and a <see langword="null"/> value are failures (when
    /// <paramref name="failures"/> is given); a null value is left out, a key naming an id twice keeps only its first.
    /// Entries are produced as the keys are read, so that a caller's own checks of an entry follow its key's failures
    /// and every failure is listed in key order. Enumerate the result once.
    /// </summary>
    public static IEnumerable<ClinicKey<T>> Resolve<T>(IDictionary<string, T> entries, Func<string, string?> idOf, string member, OptionsFailures? failures, Func<string, string> unknown, string what)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, T> entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            string at = $"{member}:{entry.Key}";
            string? id = idOf(entry.Key);
            if (id is null)
            {
                failures?.Add(at, unknown(entry.Key));
            }
            else if (!named.TryAdd(id, entry.Key))
            {
                failures?.Add(at, $"'{entry.Key}' names the same {what} as '{named[id]}'; each {what} may be set once.");
                continue;
            }

            if (entry.Value is null)
            {
                failures?.NotNull(at, null);
                continue;
            }

            yield return new ClinicKey<T>(entry.Key, id, entry.Value);
        }
    }

    /// <summary>
    /// Checks a clinic's dictionary keyed by id (a feature's <c>Rules</c>): a <see langword="null"/> dictionary is a
    /// failure; otherwise every entry is resolved as <see cref="Resolve{T}"/> does and handed to <paramref name="check"/>
    /// with its member path, so that each entry's own failures follow its key's.
    /// </summary>
    public static void Check<T>(IDictionary<string, T>? entries, string member, OptionsFailures failures, Func<string, string?> idOf, Func<string, string> unknown, Action<ClinicKey<T>, string> check, string what = "rule")
    {
        if (entries is null)
        {
            failures.NotNull(member, null);
            return;
        }

        foreach (ClinicKey<T> entry in Resolve(entries, idOf, member, failures, unknown, what))
        {
            check(entry, $"{member}:{entry.Key}");
        }
    }

    /// <summary>A validated dictionary by the ids its keys name, for compiling.</summary>
    public static Dictionary<string, T> ById<T>(IDictionary<string, T> entries, Func<string, string?> idOf) =>
        Resolve(entries, idOf, string.Empty, null, static _ => string.Empty, string.Empty).Where(e => e.Id is not null).ToDictionary(e => e.Id!, e => e.Value, StringComparer.Ordinal);

    /// <summary>Names one of <paramref name="ids"/> ignoring case, as it is spelt there.</summary>
    public static Func<string, string?> IdIn(IReadOnlyList<string> ids) =>
        key => ids.FirstOrDefault(id => string.Equals(id, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks the <c>Rules</c> of a feature whose rules have a switch only (planning, disclosure): every key names one of
    /// <paramref name="ids"/>, and a rule outside <paramref name="switchable"/>, which the feature keeps in force, is not
    /// switched off; the failure says <paramref name="why"/> and which rules the clinic can switch.
    /// </summary>
    public static void CheckSwitches<T>(
        IDictionary<string, T>? rules, Func<T, bool?> enabled, string member, OptionsFailures failures, string feature, IReadOnlyList<string> ids, IEnumerable<string> switchable, string why)
    {
        string[] allowed = [.. switchable];
        Check(rules, member, failures, IdIn(ids), key => $"'{key}' names no {feature} rule; allowed: {string.Join(", ", ids)}.", (entry, at) =>
        {
            if (enabled(entry.Value) == false && entry.Id is { } id && !allowed.Contains(id, StringComparer.Ordinal))
            {
                failures.Add($"{at}:Enabled", $"'{id}' cannot be switched off: {why}; the rules of this feature a clinic can switch are {string.Join(", ", allowed)}.");
            }
        });
    }
}
