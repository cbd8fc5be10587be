namespace MesoRules.Disclosure;

/// <summary>The likelihood word shown with a risk. Words, not percentages: the source gives no rates for most risks.</summary>
public enum RiskLikelihood
{
    /// <summary>Expected in many patients (shown as "common").</summary>
    Common = 0,

    /// <summary>Seen in some patients (shown as "uncommon").</summary>
    Uncommon = 1,

    /// <summary>Seen in few patients (shown as "rare").</summary>
    Rare = 2,
}
