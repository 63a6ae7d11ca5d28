namespace Planner.Board.Workflow;

/// <summary>What a person is on one review.</summary>
public enum ReviewRole
{
    /// <summary>UNODC secretariat: checks, hands over, finalises.</summary>
    Secretariat,

    /// <summary>Focal point of the State under review: assigns articles and submits.</summary>
    FocalPoint,

    /// <summary>Expert of a national agency: answers the articles assigned to the agency.</summary>
    AgencyExpert,

    /// <summary>Governmental expert of a reviewing State: comments and concludes.</summary>
    Reviewer,

    /// <summary>Reads everything, changes nothing.</summary>
    Observer,

    /// <summary>
    /// Civil society, academia or the private sector (A2): sees and comments on only the articles
    /// the State chose to share with stakeholders.
    /// </summary>
    Stakeholder,
}
