/// The two plans of the minimal content tree: Amelia's uses every field of the content format;
/// Jacob's is small, and Amelia's plan lists it under `related`. Both are free of quality findings.
extension MinimalContent {
    /// Every field of the content format, written as the spec writes it (`review:` twice).
    static let plan = """
        ---
        name: Amelia Khan
        known_as: Amy
        dob: 2017-03-14
        photo: media/amelia-khan.jpg
        year_group: 3
        in_chronological_year: false
        class: Kestrels
        teacher: Mrs J Patel
        case_holder: Mr D Evans
        stage: sen-support
        plan_number: 3
        start: 2026-09-08
        review: 2026-12-11
        status: active
        flags: [eal, pupil-premium]
        medical: Asthma; inhaler kept in the class first-aid box
        other_plans:
          - kind: Individual Health Care Plan
            note: Held by the school office
        related: [jacob-khan]
        needs:
          - indes: speech-language
            level: 3
            primary: true
            summary: Finds multi-step spoken instructions hard to follow
        targets:
          - id: T1
            outcome: Follow a two-step spoken instruction without an adult prompt
            measure: 4 of 5 observed occasions across two weeks
            baseline: 1 of 5 (September observation)
            by: 2026-12-11
            links_to: EHCP outcome 2
            status: in-progress
        provisions:
          - what: Visual timetable at desk, checked with the TA each lesson
            peass: visual-timetable
            kind: adjustment
            who: Class TA
            how_often: daily
            minutes: 5
            start: 2026-09-15
            end: 2026-12-11
            targets: [T1]
          - what: Small-group language sessions
            kind: additional
            who: TA (Mrs Hill)
            how_often: 3 per week
            minutes: 20
            start: 2026-09-21
            end: 2026-12-11
            targets: [T1]
        access_arrangements: [25% extra time, reader]
        external:
          - agency: Speech and Language Therapy
            involvement: Assessment and report
            date: 2026-06-20
            report: media/salt-report.pdf
        review:
          date: 2026-12-11
          attended: [Amelia, Mum, Mrs J Patel]
          worked_well: Visual timetable used independently by November
          not_so_well: Group work still hard
          next: continue
        ---
        Amy's plan for the autumn term.

        ## About me
        I like drawing and horses.

        ## Family views
        Mum says Amy is happier this term.

        ## Strengths
        Kind to friends and careful with her work.

        ## What I find difficult
        Following long instructions.

        ## How to help me
        Use the visual timetable every lesson.

        Give her 25% extra time and a reader in class tests too.

        ## Review notes
        Reviewed with Mum.

        """

    static let secondPlan = """
        ---
        name: Jacob Khan
        stage: sen-support
        start: 2026-09-08
        review: 2026-12-18
        dob: 2021-05-02
        year_group: R
        class: Kestrels
        teacher: Mrs J Patel
        needs:
          - indes: speech-language
            level: 1
        targets:
          - id: T1
            outcome: Ask for help using a picture card
            measure: 3 times a day on 5 days running
            baseline: Not yet
            by: 2026-12-18
        provisions:
          - what: Picture cards on his table
            peass: visual-timetable
            kind: adjustment
            who: Class teacher
            how_often: daily
            minutes: 5
            start: 2026-09-08
            end: 2026-12-18
            targets: [T1]
        ---
        Jacob's plan.

        ## About me
        I like trains.

        ## Family views
        Dad says Jacob is settling well.

        ## Strengths
        Jacob is kind and loves building.

        """
}
