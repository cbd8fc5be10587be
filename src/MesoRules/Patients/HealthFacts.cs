using MesoRules.Core;

namespace MesoRules.Patients;

/// <summary>
/// One health fact and every name it goes by, derived from its <see cref="HealthFactor"/> name in one place:
/// <see cref="Name"/> (<c>ActiveScalpInfection</c>: the enum value, the <see cref="HealthHistory"/> property),
/// <see cref="JsonName"/> (<c>activeScalpInfection</c>: the JSON member of a history), <see cref="FactName"/>
/// (<c>health.activeScalpInfection</c>: how notes and raised risks name the fact) and <see cref="Key"/>
/// (<c>active-scalp-infection</c>: the history fingerprint's key, and the part of a text id that names the fact).
/// </summary>
internal sealed class HealthFact
{
    public HealthFact(HealthFactor factor, Func<HealthHistory, Answer> read, Action<HealthHistory, Answer> write)
    {
        Factor = factor;
        Name = EnumNames<HealthFactor>.NameOf(factor) ?? throw new ArgumentOutOfRangeException(nameof(factor));
        JsonName = char.ToLowerInvariant(Name[0]) + Name[1..];
        FactName = $"health.{JsonName}";
        Key = TextIds.Kebab(Name);
        Read = read;
        Write = write;
    }

    public HealthFactor Factor { get; }

    public string Name { get; }

    public string JsonName { get; }

    public string FactName { get; }

    public string Key { get; }

    /// <summary>The answer recorded in a history: one direct property read.</summary>
    public Func<HealthHistory, Answer> Read { get; }

    /// <summary>Records an answer in a history (a history being built; results never change one).</summary>
    public Action<HealthHistory, Answer> Write { get; }
}

/// <summary>
/// The registry of health facts: the one place that lists them, with their names (see <see cref="HealthFact"/>) and
/// how to read and write each in a <see cref="HealthHistory"/>. Every place that needs a fact's name or answer reads
/// it here: the history itself, profile validation, the eligibility rules, the disclosure's raised risks.
/// </summary>
internal static class HealthFacts
{
    /// <summary>Every fact, in <see cref="HealthFactor"/> order: <c>All[(int)factor]</c> is the factor's fact.</summary>
    public static IReadOnlyList<HealthFact> All { get; } =
    [
        new(HealthFactor.Pregnancy, static h => h.Pregnancy, static (h, a) => h.Pregnancy = a),
        new(HealthFactor.Breastfeeding, static h => h.Breastfeeding, static (h, a) => h.Breastfeeding = a),
        new(HealthFactor.ActiveScalpInfection, static h => h.ActiveScalpInfection, static (h, a) => h.ActiveScalpInfection = a),
        new(HealthFactor.ActiveSkinDisease, static h => h.ActiveSkinDisease, static (h, a) => h.ActiveSkinDisease = a),
        new(HealthFactor.BleedingDisorder, static h => h.BleedingDisorder, static (h, a) => h.BleedingDisorder = a),
        new(HealthFactor.Anticoagulants, static h => h.Anticoagulants, static (h, a) => h.Anticoagulants = a),
        new(HealthFactor.Immunosuppression, static h => h.Immunosuppression, static (h, a) => h.Immunosuppression = a),
        new(HealthFactor.Diabetes, static h => h.Diabetes, static (h, a) => h.Diabetes = a),
        new(HealthFactor.AutoimmuneDisease, static h => h.AutoimmuneDisease, static (h, a) => h.AutoimmuneDisease = a),
        new(HealthFactor.CancerTreatment, static h => h.CancerTreatment, static (h, a) => h.CancerTreatment = a),
        new(HealthFactor.KeloidTendency, static h => h.KeloidTendency, static (h, a) => h.KeloidTendency = a),
        new(HealthFactor.InfectionPredisposition, static h => h.InfectionPredisposition, static (h, a) => h.InfectionPredisposition = a),
    ];

    /// <summary>The fact of <paramref name="factor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a defined <see cref="HealthFactor"/>.</exception>
    public static HealthFact Of(HealthFactor factor, string paramName = "factor") =>
        (uint)factor < (uint)All.Count ? All[(int)factor] : throw new ArgumentOutOfRangeException(paramName, "The health factor is not a defined HealthFactor value.");
}
