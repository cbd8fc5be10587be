namespace MesoRules.Patients;

/// <summary>What a policy's medicine catalogue reads in a patient's medicine list, for the features that tailor to it.</summary>
internal interface IMedicineScreen
{
    /// <summary>Whether the list holds a medicine of a class that stands for the health answer <paramref name="factor"/>.</summary>
    bool ListsFor(PatientProfile patient, HealthFactor factor);

    /// <summary>Whether the list holds a medicine of the class <paramref name="classId"/> (switched on).</summary>
    bool Lists(PatientProfile patient, string classId);
}
