namespace MesoRules.Patients;

/// <summary>The diagnosed cause of a patient's hair loss.</summary>
public enum HairLossCause
{
    /// <summary>No diagnosis yet. The source advises assessment by a dermatologist or hair-loss specialist first.</summary>
    Undiagnosed = 0,

    /// <summary>Androgenetic (pattern) alopecia, the cause with the better expected outcome.</summary>
    AndrogeneticAlopecia = 1,

    /// <summary>Alopecia areata.</summary>
    AlopeciaAreata = 2,

    /// <summary>Telogen effluvium.</summary>
    TelogenEffluvium = 3,

    /// <summary>Another diagnosed cause.</summary>
    Other = 4,
}
