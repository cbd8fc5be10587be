namespace MesoRules.Patients;

/// <summary>A health fact that rules may need; each is answered yes, no or unknown in <see cref="HealthHistory"/>.</summary>
internal enum HealthFactor
{
    /// <summary>The patient is pregnant.</summary>
    Pregnancy = 0,

    /// <summary>The patient is breastfeeding.</summary>
    Breastfeeding = 1,

    /// <summary>An active infection or inflammation of the scalp at the injection sites (herpes included).</summary>
    ActiveScalpInfection = 2,

    /// <summary>An active skin disease.</summary>
    ActiveSkinDisease = 3,

    /// <summary>A bleeding or clotting disorder.</summary>
    BleedingDisorder = 4,

    /// <summary>Taking anticoagulant or antiplatelet medicine.</summary>
    Anticoagulants = 5,

    /// <summary>Immunosuppression, from illness or medicine.</summary>
    Immunosuppression = 6,

    /// <summary>Diabetes.</summary>
    Diabetes = 7,

    /// <summary>An autoimmune disease.</summary>
    AutoimmuneDisease = 8,

    /// <summary>Current cancer treatment.</summary>
    CancerTreatment = 9,

    /// <summary>A tendency to keloids or abnormal scarring.</summary>
    KeloidTendency = 10,

    /// <summary>A predisposition to infection.</summary>
    InfectionPredisposition = 11,
}
