import Foundation
import GongkaiMessages

// Decoding of each model type from YAML, field by field; names follow docs/data-format.md.

extension Disclosure {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: [
            "department", "year", "duties", "budget", "previous_budget", "budget_notes", "operating_costs",
            "three_public", "performance", "procurement", "assets", "glossary", "budget_tables", "other_matters",
            "custom_tables", "table_notes", "fields",
        ])
        department = try Department(r.required("department"))
        year = try r.integer("year")
        guard (1949...2200).contains(year) else {
            throw try r.required("year").error(.invalidValue, ModelMessages.implausibleYear(year))
        }
        duties = try Duties(r.required("duties"))
        budget = try BudgetFigures(r.required("budget"), complete: true)
        previousBudget = try BudgetFigures(r.required("previous_budget"), complete: false)
        budgetNotes = try BudgetNotes(r.required("budget_notes"))
        operatingCosts = try OperatingCosts(r.required("operating_costs"))
        threePublic = try ThreePublic(r.required("three_public"))
        performance = try Performance(r.required("performance"))
        procurement = try Procurement(r.required("procurement"))
        assets = try Assets(r.required("assets"))
        glossary = try r.list("glossary").map(GlossaryEntry.init)
        budgetTables = try r.optional("budget_tables").map(BudgetTables.init)
        otherMatters = try r.text("other_matters")
        customTables = try r.optionalList("custom_tables").map(CustomTable.init)
        tableNotes = try Self.tableNotes(r.optional("table_notes"))
        if let node = try r.optional("fields"), case .mapping(_, let children) = try FieldNode(node).content {
            fields = children
        } else if let node = try r.optional("fields") {
            throw node.error(.wrongType, "expected a mapping of the layout's fields")
        }
        sourceFile = r.file
        sourceLocations = r.sourceMap.finished.locations
        readingFindings = r.sourceMap.findings
        texts = r.sourceMap.finished.texts
    }
}

extension Department {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["code", "name", "short_name", "kind"])
        code = try r.text("code")
        name = try r.text("name")
        shortName = try r.optionalText("short_name") ?? name
        if let node = try r.optional("kind") {
            let word = try node.text()
            guard let kind = DepartmentKind(rawValue: word) else {
                throw node.error(.invalidValue, ModelMessages.expectedDepartmentOrUnit(word))
            }
            self.kind = kind
        }
        for (field, value) in [("code", code), ("name", name)] where value.trimmingWhitespace.isEmpty {
            throw try r.required(field).error(.invalidValue, ModelMessages.mustNotBeEmpty)
        }
    }
}

extension Duties {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["offices", "internal_organization", "organization"])
        offices = try r.list("offices").map(Office.init)
        internalOrganization = try r.text("internal_organization")
        organization = try r.list("organization").map(OrganizationRow.init)
    }
}

extension Office {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["label", "title", "items"])
        label = try r.optionalText("label")
        title = try r.optionalText("title")
        items = try r.texts("items")
    }
}

extension OrganizationRow {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["name", "nature", "rank", "funding"])
        name = try r.text("name")
        nature = try r.text("nature")
        rank = try r.text("rank")
        funding = try r.text("funding")
    }
}

extension BudgetFigures {
    /// `complete`: this year's figures need every part; last year's may give only totals.
    init(_ r: NodeReader, complete: Bool) throws {
        _ = try r.mapping(allowing: ["income", "expenditure"])
        income = try (complete ? r.required("income") : r.optional("income")).map(Income.init)
        expenditure = try Expenditure(r.required("expenditure"), complete: complete)
    }
}

extension Income {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["general_budget", "government_fund", "special_account", "other", "total"])
        generalBudget = try r.amount("general_budget")
        governmentFund = try r.amount("government_fund")
        specialAccount = try r.amount("special_account")
        other = try r.amount("other")
        statedTotal = try r.optionalAmount("total")
    }
}

extension Expenditure {
    init(_ r: NodeReader, complete: Bool) throws {
        _ = try r.mapping(allowing: ["basic", "project", "total"])
        basic = try BasicExpenditure(r.required("basic"), complete: complete)
        project = try r.amount("project")
        statedTotal = try r.optionalAmount("total")
    }
}

extension BasicExpenditure {
    init(_ r: NodeReader, complete: Bool) throws {
        _ = try r.mapping(allowing: ["personnel", "public", "total"])
        personnel = try complete ? r.amount("personnel") : r.optionalAmount("personnel")
        publicUse = try complete ? r.amount("public") : r.optionalAmount("public")
        statedTotal = try r.optionalAmount("total")
        if personnel == nil || publicUse == nil, statedTotal == nil {
            throw r.error(.missingField, ModelMessages.basicTotalOrParts, path: r.path + ".total")
        }
    }
}

extension BudgetNotes {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["overview", "project_description", "change_reason"])
        overview = try r.text("overview")
        projectDescription = try r.text("project_description")
        changeReason = try r.optionalText("change_reason")
    }
}

extension OperatingCosts {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["amount", "purpose", "previous_amount"])
        amount = try r.amount("amount")
        purpose = try r.text("purpose")
        previousAmount = try r.optionalAmount("previous_amount")
    }
}

extension ThreePublicFigures {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["trips_abroad", "vehicles", "reception"])
        tripsAbroad = try r.amount("trips_abroad")
        let vehicles = try r.required("vehicles")
        _ = try vehicles.mapping(allowing: ["purchase", "operation"])
        vehiclePurchase = try vehicles.amount("purchase")
        vehicleOperation = try vehicles.amount("operation")
        reception = try r.amount("reception")
    }
}

extension ThreePublic {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["current", "previous", "reason", "reasons", "trips", "vehicles"])
        current = try ThreePublicFigures(r.required("current"))
        previous = try ThreePublicFigures(r.required("previous"))
        reason = try r.text("reason")
        let trips = try r.required("trips")
        _ = try trips.mapping(allowing: ["groups", "people", "own_groups", "own_people", "joined_groups", "joined_people"])
        tripGroups = try trips.count("groups")
        tripPeople = try trips.count("people")
        tripSplit = try TripSplit(trips)
        if let reasons = try r.optional("reasons") {
            _ = try reasons.mapping(allowing: ["trips_abroad", "vehicles", "reception"])
            self.reasons = ThreePublicReasons(
                tripsAbroad: try reasons.optionalText("trips_abroad"), vehicles: try reasons.optionalText("vehicles"),
                reception: try reasons.optionalText("reception"))
        }
        let vehicles = try r.required("vehicles")
        _ = try vehicles.mapping(allowing: ["purchased", "held"])
        vehiclesPurchased = try vehicles.count("purchased")
        vehiclesHeld = try vehicles.count("held")
    }
}

extension Performance {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["overall_goal", "duty_goals_intro", "duty_goals", "matrix", "safeguards", "projects"])
        overallGoal = try r.text("overall_goal")
        dutyGoalsIntro = try r.text("duty_goals_intro")
        dutyGoals = try r.texts("duty_goals")
        matrix = try TableSource.read(
            r.required("matrix"), labels: TableMapping.matrixLabels, imported: TableMapping.performanceDuties,
            written: PerformanceDuty.init)
        safeguards = try r.optionalList("safeguards").map(SafeguardGroup.init)
        projects = try r.optionalList("projects").map(ProjectGoals.init)
    }
}

extension PerformanceDuty {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["label", "name", "budget", "description", "goal", "activities"])
        label = try r.optionalText("label")
        name = try r.text("name")
        budget = try r.optionalAmount("budget")
        description = try r.optionalText("description")
        goal = try r.optionalText("goal")
        activities = try r.optionalList("activities").map(PerformanceActivity.init)
    }
}

extension PerformanceActivity {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["label", "name", "budget", "description", "goal", "indicators"])
        label = try r.optionalText("label")
        name = try r.text("name")
        budget = try r.optionalAmount("budget")
        description = try r.optionalText("description")
        goal = try r.optionalText("goal")
        indicators = try r.optionalList("indicators").map(PerformanceIndicator.init)
    }
}

extension PerformanceIndicator {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["name", "grades", "standard"])
        name = try r.text("name")
        let grades = try r.optional("grades")
        let single = try r.optionalText("standard")
        switch (grades, single) {
        case (let grades?, nil):
            let values = try grades.elements().map { try $0.text() }
            guard values.count == 4 else {
                throw grades.error(.invalidValue, ModelMessages.fourGrades(values.count))
            }
            standard = .graded(values)
        case (nil, let single?):
            standard = .single(single)
        case (.some, .some):
            throw r.error(.invalidValue, ModelMessages.gradesOrStandard)
        case (nil, nil):
            throw r.error(.missingField, ModelMessages.missingGrades, path: r.path + ".grades")
        }
    }
}

extension SafeguardGroup {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["label", "title", "items"])
        label = try r.optionalText("label")
        title = try r.optionalText("title")
        items = try r.texts("items")
    }
}

extension Procurement {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["amount", "previous_amount", "goods", "works", "services", "centralized", "decentralized"])
        amount = try r.amount("amount")
        previousAmount = try r.optionalAmount("previous_amount")
        // A part left out of a split that is given is zero, as a blank cell is.
        let kinds = try ["goods", "works", "services"].map { try r.optionalAmount($0) }
        if kinds.contains(where: { $0 != nil }) {
            byKind = ProcurementByKind(goods: kinds[0] ?? 0, works: kinds[1] ?? 0, services: kinds[2] ?? 0)
        }
        let ways = try ["centralized", "decentralized"].map { try r.optionalAmount($0) }
        if ways.contains(where: { $0 != nil }) {
            byOrganization = ProcurementByOrganization(centralized: ways[0] ?? 0, decentralized: ways[1] ?? 0)
        }
    }
}

extension Assets {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: [
            "fixed_assets_total", "planned_purchases", "table_title", "prepared_by", "as_of", "rows", "no_fixed_assets",
        ])
        noFixedAssets = try r.optional("no_fixed_assets")?.boolean() ?? false
        fixedAssetsTotal = try r.amount("fixed_assets_total")
        plannedPurchases = try r.amount("planned_purchases")
        tableTitle = try r.text("table_title")
        preparedBy = try r.text("prepared_by")
        asOf = try r.text("as_of")
        // With no fixed assets the rows may be left out.
        rows = try r.optional("rows").map {
            try TableSource.read($0, labels: TableMapping.assetLabels, imported: TableMapping.assetRows, written: AssetRow.init)
        } ?? (noFixedAssets ? [] : TableSource.read(
            r.required("rows"), labels: TableMapping.assetLabels, imported: TableMapping.assetRows, written: AssetRow.init))
    }
}

extension AssetRow {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["item", "quantity", "value"])
        item = try r.text("item")
        quantity = try r.optionalText("quantity")
        value = try r.optionalAmount("value")
    }
}

extension GlossaryEntry {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["term", "definition"])
        term = try r.text("term")
        definition = try r.text("definition")
    }
}
