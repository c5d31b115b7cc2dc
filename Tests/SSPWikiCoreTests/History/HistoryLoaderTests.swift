import Testing

@testable import SSPWikiCore

@Suite("History: reading git")
struct HistoryLoaderTests {
    let amy = PageRef(.plan, "amelia-khan")

    @Test("revisions are listed newest first with author, date and message")
    func revisionOrder() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("First plan for Amy", author: "Jo Green", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(review: "2026-12-11"))
        repo.commit("Move Amy's review\n\nParents asked for a later date.", date: "2026-11-20")
        repo.write("pages/notes.md", "---\ntitle: Notes\n---\nHello\n")
        repo.commit("Add notes page", date: "2026-11-21")
        let (site, diagnostics) = repo.analyseWithHistory()
        #expect(diagnostics.filter { $0.severity != .warning } == [])
        let revisions = try #require(site?.history.revisions[amy])
        #expect(revisions.map(\.commit.subject) == ["Move Amy's review", "First plan for Amy"])
        #expect(revisions.map(\.commit.author) == ["Sam Patel", "Jo Green"])
        #expect(revisions.map { $0.commit.day?.iso } == ["2026-11-20", "2026-09-07"])
        #expect(revisions[0].commit.details == "Parents asked for a later date.")
        #expect(revisions[0].summary.lines == ["Review date moved from 4 Dec to 11 Dec"])
        #expect(site?.history.recent.map(\.commit.subject) == ["Add notes page", "Move Amy's review", "First plan for Amy"])
        #expect(site?.history.uncommitted == [])
    }

    @Test("a loader keeping the committed history runs git log and cat-file again only when HEAD moves")
    func committedHistoryKeptUntilHeadMoves() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("First plan for Amy", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(review: "2026-12-11"))
        repo.commit("Move Amy's review", date: "2026-11-20")
        let git = CountingGitRunner()
        let loader = HistoryLoader(runner: git).keepingCommitted()
        let (first, _) = loader.load(root: repo.content)
        #expect(git.commands.filter { $0 == "log" || $0 == "cat-file" } == ["log", "cat-file"])
        #expect(first.files["plans/amelia-khan.md"]?.count == 2)

        // An edit: the same commit, so only rev-parse and status run, and the edit is marked.
        repo.write("plans/amelia-khan.md", planText(review: "2026-12-18"))
        let before = git.commands.count
        let (edited, _) = loader.load(root: repo.content)
        #expect(Set(git.commands.dropFirst(before)) == ["rev-parse", "status"])
        #expect(edited.files == first.files)
        #expect(edited.blobs == first.blobs)
        #expect(edited.uncommitted == ["plans/amelia-khan.md"])

        // A commit: HEAD moved, so the log and the new version are read.
        repo.commit("Review a week later", date: "2026-11-27")
        let (committed, _) = loader.load(root: repo.content)
        #expect(git.commands.filter { $0 == "log" }.count == 2)
        #expect(committed.files["plans/amelia-khan.md"]?.map(\.commit.subject).first == "Review a week later")
        #expect(committed.uncommitted == [])
    }

    @Test("a plan moved into a sub-folder keeps its history, and a plan re-created elsewhere is followed by its id")
    func renameKeepsHistory() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.write("plans/ben-ode.md", planText(name: "Ben Ode"))
        repo.commit("Plans", date: "2026-09-07")
        repo.move("plans/amelia-khan.md", "plans/year-3/amelia-khan.md")
        repo.commit("Sort plans by year", date: "2026-09-08")
        repo.write("plans/year-3/amelia-khan.md", planText(number: 2))
        repo.commit("Amy: plan 2", date: "2026-12-05")
        repo.remove("plans/ben-ode.md")
        repo.commit("Ben left", date: "2026-12-06")
        repo.write(
            "plans/year-4/ben-ode.md",
            planText(
                name: "Ben Ode", extra: "class: Owls\nteacher: Mr T Hale\n",
                body: "## About me\n\nCompletely new text about Ben.\n"))
        repo.commit("Ben is back", date: "2027-01-06")
        let (site, _) = repo.analyseWithHistory()
        let amy = try #require(site?.history.revisions[amy])
        #expect(amy.map(\.commit.subject) == ["Amy: plan 2", "Sort plans by year", "Plans"])
        #expect(amy[1].summary.lines == ["Moved from plans/amelia-khan.md to plans/year-3/amelia-khan.md"])
        #expect(amy[0].summary.startsNewCycle)
        let ben = try #require(site?.history.revisions[PageRef(.plan, "ben-ode")])
        #expect(ben.map(\.commit.subject) == ["Ben is back", "Plans"])
    }

    @Test("the content folder may be a sub-folder of the repository")
    func subFolderRoot() throws {
        let repo = Fixture.repository(contentFolder: "school/content")
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("Plan", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(extra: "class: Kestrels\n"))
        repo.commit("Class", date: "2026-09-10")
        let (site, _) = repo.analyseWithHistory()
        let revisions = try #require(site?.history.revisions[amy])
        #expect(revisions.map(\.change.path) == ["plans/amelia-khan.md", "plans/amelia-khan.md"])
        #expect(revisions[0].summary.lines == ["Class set to Kestrels"])
    }

    @Test("changes not yet committed are flagged, and a plan never committed too")
    func uncommitted() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.write("plans/ben-ode.md", planText(name: "Ben Ode"))
        repo.commit("Plans", date: "2026-09-07")
        repo.write("plans/amelia-khan.md", planText(review: "2027-01-15"))
        repo.write("plans/cara-lee.md", planText(name: "Cara Lee"))
        let (site, _) = repo.analyseWithHistory()
        let history = try #require(site?.history)
        #expect(history.uncommitted == [amy, PageRef(.plan, "cara-lee")])
        // The committed version differs from the working copy, so it gets its own page.
        #expect(history.revisions[amy]?.first?.versionPath?.hasPrefix("plans/amelia-khan/rev/") == true)
        #expect(history.revisions[PageRef(.plan, "ben-ode")]?.first?.versionPath == "plans/ben-ode.html")
    }

    @Test("a merge counts as one revision on the main line, compared with the first parent")
    func merge() throws {
        let repo = Fixture.repository()
        repo.write("plans/amelia-khan.md", planText())
        repo.commit("Plan", date: "2026-09-07")
        repo.git("checkout", "-q", "-b", "review")
        repo.write("plans/amelia-khan.md", planText(number: 2))
        repo.commit("Plan 2 after review", date: "2026-12-04")
        repo.git("checkout", "-q", "main")
        repo.write("pages/notes.md", "---\ntitle: Notes\n---\nHello\n")
        repo.commit("Notes", date: "2026-12-05")
        repo.git(
            "-c", "user.name=Sam Patel", "-c", "user.email=s@example.org", "merge", "-q", "--no-ff", "-m", "Merge the review",
            "review",
            env: ["GIT_AUTHOR_DATE": "2026-12-06T10:00:00+00:00", "GIT_COMMITTER_DATE": "2026-12-06T10:00:00+00:00"])
        let (site, _) = repo.analyseWithHistory()
        let revisions = try #require(site?.history.revisions[amy])
        #expect(revisions.map(\.commit.subject) == ["Merge the review", "Plan"])
        #expect(revisions[0].commit.isMerge)
        #expect(revisions[0].summary.lines == ["Plan number 1 → 2 (new APDR cycle)"])
    }

    @Test("the number of git processes does not grow with the number of plans")
    func fixedProcessCount() {
        func processes(plans: Int) -> Int {
            let repo = Fixture.repository()
            for n in 0..<plans { repo.write("plans/p\(n).md", planText(name: "Child \(n)")) }
            repo.commit("Plans", date: "2026-09-07")
            for n in 0..<plans { repo.write("plans/p\(n).md", planText(name: "Child \(n)", number: 2)) }
            repo.commit("New cycle", date: "2026-12-07")
            let runner = CountingGitRunner()
            let (site, _) = repo.analyseWithHistory(runner: runner)
            #expect(site?.history.revisions.count == plans)
            #expect(site?.history.revisions.values.allSatisfy { $0.count == 2 } == true)
            return runner.count
        }
        let few = processes(plans: 10)
        let many = processes(plans: 200)
        #expect(few == many)
        #expect(many <= 4)
    }
}
