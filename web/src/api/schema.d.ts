/**
 * Generated from src/api/openapi.json by scripts/api-types.mjs (openapi-typescript).
 * Do not edit: change the server, then run ApiDescriptionIT -Decozone.api.update=true and npm run api-types.
 */

export interface paths {
    "/api/admin-replacements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_20"];
        put?: never;
        post: operations["propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-replacements/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approve_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-replacements/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin-replacements/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["candidates_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["year_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_17"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/{dossierId}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["grade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/applicability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["applicability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["generate_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["report_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-evaluations/reports/{year}/files/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_9"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_19"];
        put?: never;
        post: operations["open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_8"];
        put: operations["update_7"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}/act": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["act_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["attach_7"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annual-reports/{id}/attachments/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["attachment_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_18"];
        put?: never;
        post: operations["create_13"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/application-rounds/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_24"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_23"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["email"];
        put: operations["changeEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/consolidations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["consolidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/consolidations/{id}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_8"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["overview_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["remind_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["own"];
        put?: never;
        post: operations["receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["report_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beautiful-im/sender": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["workingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["year"];
        put: operations["publish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_17"];
        put?: never;
        post: operations["create_12"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_16"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["archive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transition_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidacies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_22"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_16"];
        put?: never;
        post: operations["create_11"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_7"];
        put: operations["update_6"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/decisions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["act_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/photos/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["photo_1"];
        put?: never;
        post?: never;
        delete: operations["removePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["score"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_21"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/my-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mine_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mine"];
        put?: never;
        post: operations["draft_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["edit_2"];
        post?: never;
        delete: operations["withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/files/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_7"];
        put?: never;
        post?: never;
        delete: operations["removeFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publish_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["returnItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submit_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/awaiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["awaiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/column-items/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_20"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/construction-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_15"];
        put?: never;
        post: operations["create_10"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/construction-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_1"];
        put: operations["update_5"];
        post?: never;
        delete: operations["delete_2"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/construction-units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_19"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_33"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_18"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_32"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-overview/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_17"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_14"];
        put?: never;
        post: operations["create_9"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_15"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["act_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/eligibility/{conditionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/materials/{materialCode}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["upload_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/materials/{materialCode}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["remove_1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/photos/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_6"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/texts/{materialCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["text"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_16"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_31"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement-proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_14"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement-proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decide_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement-proposals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_15"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/titles/{titleId}/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ofTitle_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["evaluate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["scorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/ranking/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ranking_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exclusion-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_1"];
        put: operations["change_3"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export-packs/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["pack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_13"];
        put?: never;
        post: operations["create_8"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["revise"];
        post?: never;
        delete: operations["delete_1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts/{code}/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["putIndicator"];
        post?: never;
        delete: operations["removeIndicator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts/{code}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publish_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importWorkbook_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-drafts/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["template_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["editions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-editions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["edition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-editions/{code}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["definition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-editions/{code}/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-editions/applicable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["applicable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-excel/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_14"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-excel/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-excel/import/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-excel/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["template_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-overview/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirm_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-overview/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-references/{edition}/{province}/{year}/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["publishReference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-submissions/{edition}/{region}/{year}/{transition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-submissions/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["inbox_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-target-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["targetKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["year_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-values/{edition}/{region}/{year}/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["enter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_12"];
        put?: never;
        post: operations["attach_6"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence/{id}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/key-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_11"];
        put?: never;
        post: operations["create_7"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/key-projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_6"];
        put: operations["update_4"];
        post?: never;
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/key-projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_13"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/key-projects/from-plan/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["fromPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/namings/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["name"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_30"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_10"];
        put?: never;
        post: operations["create_6"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_5"];
        put: operations["edit_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/{id}/complete-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["completeSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/{id}/files/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_12"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinions/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["steps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_9"];
        put?: never;
        post: operations["create_5"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["update_3"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["tree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_8"];
        put?: never;
        post: operations["create_4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_4"];
        put: operations["edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setOut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["document_2"];
        put?: never;
        post: operations["attach_5"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/promulgation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["promulgate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_11"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["inbox_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["regulations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform-receipts/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["receipt"];
        put?: never;
        post: operations["record_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform-receipts/{dossierId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["receiptFile"];
        put?: never;
        post: operations["recordWithDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedure-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/inbox/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["progress_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/case-collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["collections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/case-collections/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["collection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_29"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_13"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}/photos/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/column-items/{id}/files/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/columns/{region}/{programme}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["column"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/complaints/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/complaints/{trackingNumber}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["attach_4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/notices/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["complain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/plans/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["planText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/progress/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["publicList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_28"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_12"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/{id}/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["delegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["evidence_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/{id}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["find"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/complaints/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_10"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_7"];
        put?: never;
        post: operations["draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_3"];
        put: operations["update_2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["correct_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publish_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/notices/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_9"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["period"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/settings/{provinceCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["setting"];
        put: operations["set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publicity/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["waiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_27"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_11"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["document_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["returnWithReason_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_8"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/region-attributes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importWorkbook_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/region-attributes/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["template_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_26"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["updateAttributes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["children"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/descendants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["descendants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_6"];
        put?: never;
        post: operations["create_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_2"];
        put: operations["correct_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["attach_3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{id}/attachments/{documentId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_7"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importWorkbook_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/petition-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["rates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_25"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regulations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list"];
        put: operations["change_2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/dossiers/{dossierId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["declarations"];
        put?: never;
        post: operations["declare_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_5"];
        put?: never;
        post: operations["create_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["detail"];
        put: operations["change_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/experts/{id}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["integrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/experts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_6"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/experts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importWorkbook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/my-panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mine_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/my-panels/{panelId}/dossiers/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["dossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["sheet"];
        put: operations["save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_4"];
        put?: never;
        post: operations["draw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_10"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["detect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/dossiers/{dossierId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/dossiers/{dossierId}/conflicts/{conflictId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["pin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/dossiers/{dossierId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/dossiers/{dossierId}/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reconcile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/dossiers/{dossierId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/{id}/members/{expertId}/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review/panels/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_5"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_24"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_1"];
        put: operations["correct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["document_1"];
        put?: never;
        post: operations["attach_2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rewards/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_4"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/round-overview/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_23"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/round-overview/{roundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get"];
        put: operations["change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_22"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view_9"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["conclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["evidence"];
        put?: never;
        post: operations["attach_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}/evidence/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["file_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/{id}/findings/{findingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeFinding"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-checks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["settings"];
        put: operations["putSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_21"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/titles/{titleId}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ofTitle"];
        put?: never;
        post: operations["record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/titles/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export_1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_3"];
        put?: never;
        post: operations["create_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["update_1"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_2"];
        put?: never;
        post: operations["create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["view"];
        put: operations["update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["document"];
        put?: never;
        post: operations["attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["returnWithReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["withdraw_1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "cn.ecozone.audit.AuditEntry": {
            action: string;
            changes: components["schemas"]["cn.ecozone.shared.AuditedChange.FieldChange"][];
            clientAddress: string | null;
            description: string | null;
            hash: string;
            /** Format: date-time */
            occurredAt: string;
            organization: string | null;
            /** @enum {string} */
            outcome: "SUCCESS" | "FAILURE" | "DENIED";
            reason: string | null;
            regionCode: string | null;
            requestPath: string | null;
            role: string | null;
            /** Format: int64 */
            sequence: number;
            /** Format: int32 */
            status: number;
            target: string | null;
            username: string | null;
        };
        "cn.ecozone.audit.ChainVerification.TrustedCheckpoint": {
            /** Format: date-time */
            createdAt: string;
            file: string;
            hash: string;
            keyId: string;
            /** Format: int64 */
            sequence: number;
        };
        "cn.ecozone.audit.web.AuditController.VerifyResponse": {
            /** Format: int64 */
            checked: number;
            checkpoint: components["schemas"]["cn.ecozone.audit.ChainVerification.TrustedCheckpoint"] | null;
            /** Format: int64 */
            firstBrokenSequence: number | null;
            intact: boolean;
            message: string;
            /** @enum {string|null} */
            problem: "ALTERED" | "CHECKPOINT_MISMATCH" | "MISSING_RECORDS" | null;
            /** Format: int32 */
            untrustedCheckpoints: number;
        };
        "cn.ecozone.calendar.CalendarDay": {
            /** Format: date */
            date: string;
            holiday: string | null;
            /** @enum {string} */
            kind: "WORKDAY" | "WEEKEND" | "HOLIDAY" | "ADJUSTED_WORKING_DAY";
            workingDay: boolean;
        };
        "cn.ecozone.calendar.CalendarYear": {
            adjustedWorkingDays: components["schemas"]["cn.ecozone.calendar.CalendarYear.AdjustedDay"][];
            holidays: components["schemas"]["cn.ecozone.calendar.CalendarYear.HolidayRange"][];
            provisional: boolean;
            shipped: boolean;
            source: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.calendar.CalendarYear.AdjustedDay": {
            /** Format: date */
            date: string;
            holiday: string;
        };
        "cn.ecozone.calendar.CalendarYear.HolidayRange": {
            /** Format: date */
            from: string;
            name: string;
            /** Format: date */
            to: string;
        };
        "cn.ecozone.calendar.CalendarYear.Summary": {
            /** Format: int32 */
            adjustedWorkingDays: number;
            /** Format: int32 */
            holidayDays: number;
            provisional: boolean;
            shipped: boolean;
            source: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.calendar.Deadline": {
            /** @enum {string} */
            counting: "NEXT_DAY" | "SAME_DAY";
            /** Format: date */
            date: string;
            explanation: string[];
            /** Format: date */
            from: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.calendar.web.CalendarController.NoticeRequest": {
            adjustedWorkingDays?: components["schemas"]["cn.ecozone.calendar.CalendarYear.AdjustedDay"][];
            holidays: components["schemas"]["cn.ecozone.calendar.CalendarYear.HolidayRange"][];
            source: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.calendar.web.CalendarController.WorkingDays": {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.candidacy.CandidacyView": {
            allowedActions: ("CULTIVATE" | "START_PLANNING" | "APPLY" | "TITLE" | "REVOKE" | "WITHDRAW" | "BACK_TO_RESERVE")[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: int64 */
            id: number;
            links: components["schemas"]["cn.ecozone.candidacy.CandidacyView.Link"][];
            note: string | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            /** @enum {string} */
            state: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN";
            subjectName: string;
            timeline: components["schemas"]["cn.ecozone.candidacy.CandidacyView.Step"][];
            /** Format: int64 */
            unitId: number | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.candidacy.CandidacyView.Link": {
            kind: string;
            /** Format: date-time */
            linkedAt: string;
            /** Format: int64 */
            recordId: number;
        };
        "cn.ecozone.candidacy.CandidacyView.Step": {
            action: string;
            actor: string;
            actorName: string;
            /** @enum {string|null} */
            fromState: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN" | null;
            organization: string | null;
            reason: string | null;
            /** Format: date-time */
            takenAt: string;
            /** @enum {string} */
            toState: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN";
        };
        "cn.ecozone.candidacy.web.CandidacyController.CreateRequest": {
            note?: string;
            /** @enum {string} */
            programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode?: string;
            /** Format: int64 */
            unitId?: number;
        };
        "cn.ecozone.candidacy.web.CandidacyController.TransitionRequest": {
            /** @enum {string} */
            action?: "CULTIVATE" | "START_PLANNING" | "APPLY" | "TITLE" | "REVOKE" | "WITHDRAW" | "BACK_TO_RESERVE";
            reason?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.cases.CaseInput": {
            path?: string;
            programme?: string;
            results?: components["schemas"]["cn.ecozone.cases.CaseInput.Result"][];
            story?: string;
            title?: string;
            unitName?: string;
            /** Format: int64 */
            version?: number;
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.cases.CaseInput.Result": {
            label?: string;
            unit?: string;
            value?: number;
        };
        "cn.ecozone.cases.CaseManagement.Decision": {
            opinion?: string;
            outcome?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.cases.CaseReviewManagement.ScoreInput": {
            scores?: components["schemas"]["cn.ecozone.cases.CaseView.Score"][];
        };
        "cn.ecozone.cases.CaseSummary": {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            path: "INDUSTRIAL_ECOLOGIZATION" | "ECOLOGICAL_INDUSTRIALIZATION" | "ECOLOGICAL_PRODUCT_VALUE" | "OTHER";
            /** Format: date-time */
            publishedAt: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            state: "DRAFT" | "RETURNED" | "REVIEWING" | "DECIDING" | "PUBLISHED" | "REJECTED";
            title: string;
            unitName: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.cases.CaseView": {
            criteria: components["schemas"]["cn.ecozone.cases.CaseView.Criterion"][];
            decisionReason: string;
            editable: boolean;
            /** Format: int64 */
            id: number;
            noteZh: string;
            /** @enum {string} */
            path: "INDUSTRIAL_ECOLOGIZATION" | "ECOLOGICAL_INDUSTRIALIZATION" | "ECOLOGICAL_PRODUCT_VALUE" | "OTHER";
            photos: components["schemas"]["cn.ecozone.cases.CaseView.Photo"][];
            programme: string;
            /** Format: date-time */
            publishedAt: string;
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            results: components["schemas"]["cn.ecozone.cases.CaseView.Result"][];
            reviewers: components["schemas"]["cn.ecozone.cases.CaseView.Reviewer"][];
            run: components["schemas"]["cn.ecozone.procedure.RunView"];
            /** @enum {string} */
            state: "DRAFT" | "RETURNED" | "REVIEWING" | "DECIDING" | "PUBLISHED" | "REJECTED";
            story: string;
            title: string;
            unitName: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.cases.CaseView.Criterion": {
            article: string;
            code: string;
            noteZh: string;
            textZh: string;
            uncertain: boolean;
        };
        "cn.ecozone.cases.CaseView.Photo": {
            /** Format: int64 */
            documentId: number;
            name: string;
        };
        "cn.ecozone.cases.CaseView.Result": {
            label: string;
            unit: string;
            value: number;
        };
        "cn.ecozone.cases.CaseView.Reviewer": {
            done: boolean;
            /** Format: int64 */
            expertId: number;
            name: string;
            scores: components["schemas"]["cn.ecozone.cases.CaseView.Score"][];
        };
        "cn.ecozone.cases.CaseView.Score": {
            comment: string;
            criterion: string;
            /** Format: int32 */
            score: number;
        };
        "cn.ecozone.cases.PublicCase": {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            path: "INDUSTRIAL_ECOLOGIZATION" | "ECOLOGICAL_INDUSTRIALIZATION" | "ECOLOGICAL_PRODUCT_VALUE" | "OTHER";
            photoIds: number[];
            progressLink: string;
            /** Format: date-time */
            publishedAt: string;
            regionCode: string;
            regionName: string;
            results: components["schemas"]["cn.ecozone.cases.CaseView.Result"][];
            story: string;
            title: string;
            unitName: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.cases.PublicCase.Collection": {
            /** Format: int32 */
            caseCount: number;
            /** Format: date-time */
            generatedAt: string;
            /** Format: int64 */
            id: number;
            officeRegionCode: string;
            officeRegionName: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.cases.PublicCase.Summary": {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            path: "INDUSTRIAL_ECOLOGIZATION" | "ECOLOGICAL_INDUSTRIALIZATION" | "ECOLOGICAL_PRODUCT_VALUE" | "OTHER";
            /** Format: date-time */
            publishedAt: string;
            regionCode: string;
            regionName: string;
            title: string;
            unitName: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.cases.web.CaseController.AppointRequest": {
            expertIds?: number[];
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.cases.web.CaseController.CollectionRequest": {
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.cases.web.CaseController.VersionRequest": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.deadline.DeadlineItem": {
            /** Format: date */
            dueDate: string;
            explanation: string[];
            /** Format: int64 */
            id: number;
            kind: string;
            link: string;
            mine: boolean;
            overdue: boolean;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** Format: date */
            startDate: string;
            /** Format: int64 */
            subjectId: number;
            subjectType: string;
            title: string;
            /** Format: int32 */
            workingDays: number;
            /** Format: int32 */
            workingDaysLeft: number;
        };
        "cn.ecozone.dossier.DossierAtStep": {
            currentStepCode: string;
            dossier: components["schemas"]["cn.ecozone.dossier.DossierSummary"];
            /** Format: int32 */
            opening: number;
            /** Format: int64 */
            runId: number;
            runState: string;
        };
        "cn.ecozone.dossier.DossierForReview.Reading": {
            conditions: components["schemas"]["cn.ecozone.dossier.DossierView.ConditionView"][];
            dossier: components["schemas"]["cn.ecozone.dossier.DossierSummary"];
            materials: components["schemas"]["cn.ecozone.dossier.DossierView.MaterialView"][];
        };
        "cn.ecozone.dossier.DossierSummary": {
            /** Format: int64 */
            candidacyId: number;
            excluded: boolean;
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            missingCount: number;
            needsJudgement: boolean;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            /** Format: int64 */
            roundId: number;
            /** @enum {string} */
            state: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
            subjectName: string;
            /** Format: date */
            submittedOn: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.dossier.DossierView": {
            allowedActions: string[];
            blockers: components["schemas"]["cn.ecozone.dossier.DossierView.Blocker"][];
            /** Format: int64 */
            candidacyId: number;
            eligibility: components["schemas"]["cn.ecozone.dossier.DossierView.ConditionView"][];
            exclusions: components["schemas"]["cn.ecozone.registry.ExclusionReport"];
            /** Format: int64 */
            id: number;
            indicators: components["schemas"]["cn.ecozone.dossier.DossierView.SnapshotView"];
            materials: components["schemas"]["cn.ecozone.dossier.DossierView.MaterialView"][];
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            round: components["schemas"]["cn.ecozone.dossier.RoundView"];
            run: components["schemas"]["cn.ecozone.procedure.RunView"];
            /** @enum {string} */
            state: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
            /** @enum {string} */
            subjectLevel: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            subjectName: string;
            /** Format: date */
            submittedOn: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.dossier.DossierView.Blocker": {
            code: string;
            materialCode: string;
            messageEn: string;
            messageZh: string;
        };
        "cn.ecozone.dossier.DossierView.Change": {
            /** Format: double */
            currentValue: number;
            /** Format: double */
            frozenValue: number;
            indicatorCode: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.dossier.DossierView.ConditionView": {
            answer: string;
            article: string;
            automatic: boolean;
            code: string;
            documentIds: number[];
            explanationZh: string;
            met: boolean;
            textZh: string;
        };
        "cn.ecozone.dossier.DossierView.DocumentView": {
            /** Format: int32 */
            height: number;
            /** Format: int64 */
            id: number;
            mediaType: string;
            name: string;
            sha256: string;
            /** Format: int64 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: int32 */
            width: number;
        };
        "cn.ecozone.dossier.DossierView.MaterialView": {
            article: string;
            /** Format: int32 */
            characters: number;
            code: string;
            documents: components["schemas"]["cn.ecozone.dossier.DossierView.DocumentView"][];
            /** @enum {string} */
            kind: "TEXT" | "PHOTOS" | "DOCUMENTS";
            /** Format: int64 */
            linkedPlanId: number;
            messages: components["schemas"]["cn.ecozone.dossier.DossierView.Message"][];
            /** Format: int32 */
            minCount: number;
            nameZh: string;
            noteZh: string;
            ruleZh: string;
            /** @enum {string} */
            status: "GREEN" | "AMBER" | "RED";
            text: string;
            tolerance: components["schemas"]["cn.ecozone.dossier.DossierView.Tolerance"];
            uncertain: boolean;
        };
        "cn.ecozone.dossier.DossierView.Message": {
            /** @enum {string} */
            level: "ERROR" | "WARNING";
            textEn: string;
            textZh: string;
        };
        "cn.ecozone.dossier.DossierView.SnapshotRow": {
            binding: string;
            indicatorCode: string;
            met: boolean;
            nameZh: string;
            values: components["schemas"]["cn.ecozone.dossier.DossierView.YearValue"][];
        };
        "cn.ecozone.dossier.DossierView.SnapshotView": {
            article: string;
            blocksSubmission: boolean;
            changedSince: components["schemas"]["cn.ecozone.dossier.DossierView.Change"][];
            editionCode: string;
            frozen: boolean;
            noteZh: string;
            notMet: string[];
            rows: components["schemas"]["cn.ecozone.dossier.DossierView.SnapshotRow"][];
            /** Format: date-time */
            takenAt: string;
            years: number[];
        };
        "cn.ecozone.dossier.DossierView.Tolerance": {
            /** Format: int32 */
            max: number;
            /** Format: int32 */
            min: number;
            noteZh: string;
            /** Format: int32 */
            target: number;
            uncertain: boolean;
        };
        "cn.ecozone.dossier.DossierView.YearValue": {
            attained: string;
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.dossier.OverviewRow": {
            /** Format: date */
            asOf: string;
            /** Format: int64 */
            candidacyId: number;
            /** @enum {string} */
            candidacyState: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN";
            /** Format: int64 */
            dossierId: number;
            /** @enum {string} */
            dossierState: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
            excluded: boolean;
            needsJudgement: boolean;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            subjectName: string;
            /** Format: date */
            submittedOn: string;
            verdicts: components["schemas"]["cn.ecozone.registry.ExclusionVerdict"][];
            /** Format: date */
            windowFrom: string;
            /** Format: date */
            windowTo: string;
        };
        "cn.ecozone.dossier.RoundManagement.RoundInput": {
            callDocument?: string;
            /** Format: date */
            closesOn?: string;
            /** Format: date */
            opensOn?: string;
            /** @enum {string} */
            programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            title?: string;
        };
        "cn.ecozone.dossier.RoundView": {
            article: string;
            callDocument: string;
            /** Format: date */
            closesOn: string;
            /** Format: int64 */
            id: number;
            jurisdictionCode: string;
            open: boolean;
            /** Format: date */
            opensOn: string;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            title: string;
            /** Format: int64 */
            version: number;
            /** @enum {string} */
            windowKind: "PER_MINISTRY_CALL" | "FIRST_HALF_OF_YEAR" | "YEARLY";
            windowTextZh: string;
        };
        "cn.ecozone.dossier.web.DossierController.ActionRequest": {
            action?: string;
            outcome?: string;
            reason?: string;
            /** Format: int64 */
            taskId?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.dossier.web.DossierController.AnswerRequest": {
            answer?: string;
            documentIds?: number[];
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.dossier.web.DossierController.CreateRequest": {
            /** Format: int64 */
            candidacyId?: number;
            /** Format: int64 */
            roundId?: number;
        };
        "cn.ecozone.dossier.web.DossierController.TextRequest": {
            text?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.dossier.web.DossierController.VersionRequest": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.enforcement.Decision": {
            documentNumber?: string;
            /** @enum {string} */
            measure?: "RECTIFICATION" | "WARNING" | "REVOCATION";
            reason?: string;
            /** @enum {string} */
            severity?: "MINOR" | "SERIOUS" | "GRAVE";
            /** Format: int64 */
            version?: number;
            /** Format: int32 */
            workingDays?: number;
        };
        "cn.ecozone.enforcement.Evidence": {
            kind: string | null;
            /** Format: date */
            occurredOn: string | null;
            /** Format: int64 */
            recordId: number | null;
            source: string;
            summary: string | null;
            value: number | null;
            /** Format: int32 */
            year: number | null;
        };
        "cn.ecozone.enforcement.ProposalSummary": {
            article: string | null;
            /** Format: int64 */
            id: number;
            /** @enum {string|null} */
            measure: "RECTIFICATION" | "WARNING" | "REVOCATION" | null;
            /** Format: date-time */
            openedAt: string;
            regionCode: string;
            regionName: string;
            sanctionCode: string;
            sanctionText: string;
            /** @enum {string|null} */
            severity: "MINOR" | "SERIOUS" | "GRAVE" | null;
            /** @enum {string} */
            state: "OPEN" | "ACTED" | "DISMISSED";
            subjectName: string;
            /** Format: int64 */
            titleId: number;
        };
        "cn.ecozone.enforcement.ProposalView": {
            allowed: ("RECTIFICATION" | "WARNING" | "REVOCATION")[];
            article: string | null;
            /** Format: int64 */
            candidacyId: number;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            decidingBody: string | null;
            documentNumber: string | null;
            evidence: components["schemas"]["cn.ecozone.enforcement.Evidence"][];
            /** Format: int64 */
            id: number;
            /** @enum {string|null} */
            measure: "RECTIFICATION" | "WARNING" | "REVOCATION" | null;
            noteZh: string | null;
            /** Format: date-time */
            openedAt: string;
            options: components["schemas"]["cn.ecozone.enforcement.ProposalView.MeasureOption"][];
            programme: string;
            reason: string | null;
            /** Format: int64 */
            rectificationId: number | null;
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            run: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
            sanctionCode: string;
            sanctionText: string;
            /** @enum {string|null} */
            severity: "MINOR" | "SERIOUS" | "GRAVE" | null;
            /** @enum {string} */
            state: "OPEN" | "ACTED" | "DISMISSED";
            subjectName: string;
            /** Format: int64 */
            titleId: number;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.enforcement.ProposalView.MeasureOption": {
            article: string | null;
            body: string;
            /** @enum {string} */
            measure: "RECTIFICATION" | "WARNING" | "REVOCATION";
            periodNote: string | null;
            /** Format: int32 */
            suggestedWorkingDays: number | null;
            textZh: string;
        };
        "cn.ecozone.enforcement.RectificationSummary": {
            /** Format: date */
            dueOn: string | null;
            /** Format: int64 */
            id: number;
            /** Format: date */
            orderedOn: string;
            origin: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            stage: "RECTIFICATION" | "WARNING" | "REVOCATION";
            /** @enum {string} */
            state: "OPEN" | "OVERDUE" | "COMPLETED" | "ESCALATED";
            subjectName: string;
            /** Format: int64 */
            titleId: number;
        };
        "cn.ecozone.enforcement.RectificationView": {
            awaitingAcceptance: boolean;
            /** Format: int64 */
            candidacyId: number;
            /** Format: int64 */
            checkId: number | null;
            /** Format: date-time */
            createdAt: string;
            documents: components["schemas"]["cn.ecozone.enforcement.RectificationView.Document"][];
            dueExplanation: string[];
            /** Format: date */
            dueOn: string | null;
            /** Format: int64 */
            id: number;
            orderedBy: string | null;
            /** Format: date */
            orderedOn: string;
            origin: string;
            periodArticle: string | null;
            periodNote: string | null;
            /** Format: int64 */
            proposalId: number | null;
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            report: string | null;
            /** Format: date */
            reportedOn: string | null;
            run: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
            /** @enum {string} */
            stage: "RECTIFICATION" | "WARNING" | "REVOCATION";
            /** @enum {string} */
            state: "OPEN" | "OVERDUE" | "COMPLETED" | "ESCALATED";
            subjectName: string;
            textZh: string | null;
            /** Format: int64 */
            titleId: number;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.enforcement.RectificationView.Document": {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: string;
        };
        "cn.ecozone.enforcement.web.RectificationController.Act": {
            opinion?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.enforcement.web.RectificationController.Report": {
            documentIds?: number[];
            report?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.grading.AnnualEvaluationRow": {
            bandCode: string | null;
            bandName: string | null;
            currentStepCode: string | null;
            /** Format: int64 */
            dossierId: number;
            recommendation: string | null;
            regionCode: string;
            regionName: string | null;
            stage: string;
            subjectName: string;
            /** Format: date */
            submittedOn: string | null;
            total: number | null;
        };
        "cn.ecozone.grading.AnnualReportView": {
            /** Format: int64 */
            docxSize: number;
            /** Format: date-time */
            generatedAt: string;
            generatedBy: string;
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            pdfSize: number;
            /** Format: int32 */
            regionCount: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.grading.EvaluationView": {
            bands: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Band"][];
            /** Format: int32 */
            evaluatedYear: number;
            gradable: boolean;
            grade: components["schemas"]["cn.ecozone.grading.GradeView"] | null;
            gradingNote: string | null;
            panel: components["schemas"]["cn.ecozone.review.PanelResult"] | null;
            panelStepCode: string;
            roundTitle: string;
            row: components["schemas"]["cn.ecozone.grading.AnnualEvaluationRow"];
        };
        "cn.ecozone.grading.GradeInput": {
            feedback?: string;
            opinion?: string;
            suggestions?: string;
        };
        "cn.ecozone.grading.GradeView": {
            bandCode: string;
            bandName: string;
            bandNote: string | null;
            criteria: components["schemas"]["cn.ecozone.review.CriterionResult"][];
            /** Format: int32 */
            evaluatedYear: number;
            feedback: string | null;
            /** Format: date-time */
            gradedAt: string;
            gradedBy: string;
            opinion: string;
            recommendation: string;
            recommendationNote: string | null;
            suggestions: string | null;
            total: number;
        };
        "cn.ecozone.grading.GradingManagement.Applicability": {
            applies: boolean;
            regulationCode: string | null;
            /** Format: int32 */
            regulationVersion: number | null;
        };
        "cn.ecozone.grading.YearView": {
            article: string | null;
            bands: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Band"][];
            evaluations: components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.grading.AnnualEvaluationRow"];
            gradingNote: string | null;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            /** Format: int64 */
            roundId: number | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.identity.AdminReplacement": {
            /** @enum {string} */
            approverRole: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: int64 */
            id: number;
            newDisplayName: string;
            newUsername: string;
            /** Format: date-time */
            proposedAt: string;
            proposedBy: string;
            /** @enum {string} */
            proposedByRole: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            reason: string;
            /** @enum {string} */
            state: "PROPOSED" | "APPROVED" | "DECLINED";
            /** @enum {string} */
            targetRole: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** Format: int64 */
            targetUserId: number;
            targetUsername: string | null;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.identity.AdminReplacement.Candidate": {
            displayName: string;
            enabled: boolean;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            username: string;
        };
        "cn.ecozone.identity.Organization": {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "DEPARTMENT" | "DIVISION" | "BUREAU" | "GOVERNMENT" | "ADMINISTRATIVE_OFFICE" | "COMMITTEE_OFFICE" | "EXPERT_AFFILIATION" | "OTHER_SUBJECT" | "PLATFORM_OPERATIONS";
            name: string;
            /** Format: int64 */
            parentId: number;
            parentName: string;
            regionCode: string;
            regionName: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.identity.OrganizationNode": {
            /** @enum {string|null} */
            kind: "DEPARTMENT" | "DIVISION" | "BUREAU" | "GOVERNMENT" | "ADMINISTRATIVE_OFFICE" | "COMMITTEE_OFFICE" | "EXPERT_AFFILIATION" | "OTHER_SUBJECT" | "PLATFORM_OPERATIONS" | null;
            leaf: boolean;
            name: string;
            /** Format: int64 */
            organizationId: number | null;
            regionCode: string;
            /** @enum {string} */
            type: "REGION" | "ORGANIZATION";
        };
        "cn.ecozone.identity.SecuritySettings": {
            /** Format: int32 */
            addressMaxFailures: number;
            /** Format: int32 */
            lockoutMinutes: number;
            /** Format: int32 */
            maxFailures: number;
            /** Format: int32 */
            sessionLifetimeMinutes: number;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.identity.UserAccount": {
            displayName: string;
            enabled: boolean;
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            lastLoginAt: string;
            locked: boolean;
            /** Format: date-time */
            lockedUntil: string;
            mustChangePassword: boolean;
            organization: components["schemas"]["cn.ecozone.identity.UserAccount.Ref"];
            region: components["schemas"]["cn.ecozone.identity.UserAccount.Ref"];
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            username: string;
            /** Format: int64 */
            version: number;
            vocabulary: components["schemas"]["cn.ecozone.region.LevelName"][];
        };
        "cn.ecozone.identity.UserAccount.Ref": {
            id: string;
            name: string;
        };
        "cn.ecozone.identity.web.AdminReplacementController.DecisionRequest": {
            reason?: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.identity.web.AdminReplacementController.ProposeRequest": {
            initialPassword: string;
            newDisplayName: string;
            newUsername: string;
            reason: string;
            /** Format: int64 */
            targetUserId: number;
        };
        "cn.ecozone.identity.web.AuthController.EmailBody": {
            email: string;
        };
        "cn.ecozone.identity.web.AuthController.LoginRequest": {
            password: string;
            username: string;
        };
        "cn.ecozone.identity.web.AuthController.Me": {
            displayName: string;
            /** Format: int64 */
            id: number;
            mustChangePassword: boolean;
            organization: components["schemas"]["cn.ecozone.identity.web.AuthController.Me.Org"];
            region: components["schemas"]["cn.ecozone.identity.web.AuthController.Me.RegionRef"];
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** Format: int32 */
            sessionTimeoutSeconds: number;
            username: string;
            vocabulary: components["schemas"]["cn.ecozone.region.LevelName"][];
        };
        "cn.ecozone.identity.web.AuthController.Me.Org": {
            /** Format: int64 */
            id?: number;
            name?: string;
        };
        "cn.ecozone.identity.web.AuthController.Me.RegionRef": {
            code?: string;
            /** @enum {string} */
            level?: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            name?: string;
        };
        "cn.ecozone.identity.web.AuthController.PasswordRequest": {
            newPassword: string;
            oldPassword: string;
        };
        "cn.ecozone.identity.web.OrganizationController.OrganizationRequest": {
            /** @enum {string} */
            kind: "DEPARTMENT" | "DIVISION" | "BUREAU" | "GOVERNMENT" | "ADMINISTRATIVE_OFFICE" | "COMMITTEE_OFFICE" | "EXPERT_AFFILIATION" | "OTHER_SUBJECT" | "PLATFORM_OPERATIONS";
            name: string;
            /** Format: int64 */
            parentId?: number;
            regionCode: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.identity.web.UserController.CreateRequest": {
            displayName: string;
            initialPassword: string;
            /** Format: int64 */
            organizationId: number;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            username: string;
        };
        "cn.ecozone.identity.web.UserController.ResetRequest": {
            newPassword: string;
        };
        "cn.ecozone.identity.web.UserController.StatusRequest": {
            reason: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.identity.web.UserController.UpdateRequest": {
            displayName: string;
            enabled: boolean;
            /** Format: int64 */
            organizationId: number;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.ApplicableEditionManagement.Missing": {
            article: string | null;
            noteZh: string | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regulationCode: string;
            regulationTitleZh: string;
            textZh: string;
        };
        "cn.ecozone.indicator.ConfirmedProgress": {
            confirmedYears: number[];
            edition: string;
            editionTitle: string;
            /** Format: int32 */
            fromYear: number;
            rows: components["schemas"]["cn.ecozone.indicator.ConfirmedProgress.Row"][];
            synthetic: boolean;
            /** Format: int32 */
            toYear: number;
        };
        "cn.ecozone.indicator.ConfirmedProgress.Point": {
            flag: boolean | null;
            /** @enum {string} */
            status: "MET" | "NOT_MET" | "NO_DATA" | "NOT_APPLICABLE" | "NEEDS_JUDGEMENT";
            /** Format: double */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.ConfirmedProgress.Row": {
            appliedTarget: string | null;
            /** @enum {string} */
            binding: "BINDING" | "REFERENCE";
            /** @enum {string} */
            category: "ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "LIMITED_PROGRESS" | "DETERIORATION" | "NO_DATA";
            categoryReason: string;
            code: string;
            environmentalQuality: boolean;
            group: string | null;
            name: string;
            /** Format: int32 */
            number: number | null;
            series: components["schemas"]["cn.ecozone.indicator.ConfirmedProgress.Point"][];
            /** @enum {string} */
            status: "MET" | "NOT_MET" | "NO_DATA" | "NOT_APPLICABLE" | "NEEDS_JUDGEMENT";
            targetText: string | null;
            uncertain: boolean;
            unit: string | null;
        };
        "cn.ecozone.indicator.EditionHeader": {
            code: string;
            complete: boolean;
            documentZh: string | null;
            /** Format: int32 */
            firstYear: number | null;
            /** Format: date */
            issued: string | null;
            issuedUncertain: boolean;
            issuerZh: string | null;
            /** Format: int32 */
            lastYear: number | null;
            levels: ("PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP")[];
            province: string | null;
            scoreMethod: string;
            scoreNoteEn: string | null;
            scoreNoteZh: string | null;
            source: string | null;
            titleEn: string | null;
            titleZh: string;
            /** Format: int32 */
            version: number | null;
        };
        "cn.ecozone.indicator.EditionView": {
            /** Format: date-time */
            createdAt: string | null;
            header: components["schemas"]["cn.ecozone.indicator.EditionHeader"];
            indicators: components["schemas"]["cn.ecozone.indicator.IndicatorInput"][];
            mayEdit: boolean;
            ownerRegionCode: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            shipped: boolean;
            status: string;
            /** Format: date-time */
            updatedAt: string | null;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.EvaluationManagement.Ranked": {
            /** Format: int32 */
            applicable: number;
            /** Format: int32 */
            met: number;
            noData: boolean;
            /** Format: int32 */
            rank: number | null;
            regionCode: string;
            regionName: string;
            /** Format: double */
            score: number | null;
        };
        "cn.ecozone.indicator.EvaluationManagement.TrendPoint": {
            appliedTarget: string | null;
            flag: boolean | null;
            /** @enum {string} */
            status: "MET" | "NOT_MET" | "NO_DATA" | "NOT_APPLICABLE" | "NEEDS_JUDGEMENT";
            /** Format: double */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.Evidence": {
            /** Format: int64 */
            documentId: number;
            /** Format: int32 */
            height: number | null;
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: date-time */
            removedAt: string | null;
            removedByOrganization: string | null;
            removedReason: string | null;
            sha256: string;
            /** Format: int64 */
            size: number;
            type: string;
            /** Format: date-time */
            uploadedAt: string;
            uploadedByOrganization: string | null;
            /** Format: int32 */
            width: number | null;
        };
        "cn.ecozone.indicator.EvidenceManagement.EvidencePage": {
            content: components["schemas"]["cn.ecozone.indicator.Evidence"][];
            /** Format: int64 */
            linked: number;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.indicator.IndicatorExcelManagement.ImportError": {
            column: string | null;
            columnName: string | null;
            reason: string;
            /** Format: int32 */
            row: number | null;
            sheet: string | null;
        };
        "cn.ecozone.indicator.IndicatorExcelManagement.ImportStatus": {
            /** Format: date-time */
            createdAt: string | null;
            edition: string;
            /** Format: int32 */
            errorCount: number;
            errors: components["schemas"]["cn.ecozone.indicator.IndicatorExcelManagement.ImportError"][];
            errorsTruncated: boolean;
            fileName: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            jobId: string;
            message: string | null;
            phase: string;
            /** Format: int32 */
            processedRows: number;
            /** Format: int32 */
            saved: number;
            state: string;
            /** Format: int32 */
            totalRows: number | null;
            /** Format: int32 */
            unchanged: number;
            /** Format: int32 */
            writtenRows: number;
        };
        "cn.ecozone.indicator.IndicatorExcelManagement.Started": {
            jobId: string;
        };
        "cn.ecozone.indicator.IndicatorInboxItem": {
            edition: string;
            regionCode: string;
            regionName: string;
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: string | null;
            /** Format: int64 */
            unitId: number | null;
            unitName: string | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.IndicatorInput": {
            applyLevels: ("PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP")[];
            applyTerrains: ("MOUNTAIN" | "HILL" | "PLAIN" | "ARID_SEMI_ARID" | "UNKNOWN")[];
            /** @enum {string} */
            binding: "BINDING" | "REFERENCE";
            coastal: boolean | null;
            code: string;
            definitionZh: string | null;
            environmentalQuality: boolean | null;
            grades: string[];
            grassland: boolean | null;
            groupPath: string;
            nameEn: string | null;
            nameZh: string;
            /** Format: int32 */
            number: number | null;
            /** Format: double */
            rangeMax: number | null;
            /** Format: double */
            rangeMin: number | null;
            source: string | null;
            target: {
                [key: string]: unknown;
            } | null;
            targetTextZh: string;
            uncertain: boolean;
            unit: string | null;
            /** @enum {string} */
            valueType: "NUMBER" | "PERCENTAGE" | "YES_NO" | "GRADE";
            /** Format: double */
            weight: number | null;
        };
        "cn.ecozone.indicator.IndicatorOverview": {
            counts: {
                [key: string]: number;
            };
            edition: string;
            page: components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.indicator.OverviewRow"];
            parentCode: string;
            parentName: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.IndicatorReview": {
            edition: string;
            history: components["schemas"]["cn.ecozone.indicator.IndicatorReview.Decision"][];
            latest: components["schemas"]["cn.ecozone.indicator.IndicatorReview.Decision"] | null;
            regionCode: string;
            /** @enum {string} */
            state: "OPEN" | "SUBMITTED" | "RETURNED" | "CONFIRMED";
            /** Format: int64 */
            unitId: number | null;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.IndicatorReview.Decision": {
            action: string;
            comments: components["schemas"]["cn.ecozone.indicator.IndicatorReview.IndicatorComment"][];
            /** Format: date-time */
            decidedAt: string;
            decidedBy: string;
            opinion: string | null;
        };
        "cn.ecozone.indicator.IndicatorReview.IndicatorComment": {
            comment: string;
            indicator: string;
        };
        "cn.ecozone.indicator.IndicatorYear": {
            completeness: components["schemas"]["cn.ecozone.indicator.IndicatorYear.Completeness"];
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            edition: string;
            mayEdit: boolean;
            missing: string[];
            missingReasons: components["schemas"]["cn.ecozone.indicator.IndicatorYear.MissingReason"][];
            reason: string | null;
            regionCode: string;
            regionName: string;
            run: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
            /** @enum {string} */
            state: "OPEN" | "SUBMITTED" | "RETURNED" | "CONFIRMED";
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: string | null;
            /** Format: int64 */
            unitId: number | null;
            unitName: string | null;
            values: components["schemas"]["cn.ecozone.indicator.IndicatorYear.Value"][];
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.IndicatorYear.Completeness": {
            /** Format: int32 */
            applicable: number;
            /** Format: int32 */
            filled: number;
        };
        "cn.ecozone.indicator.IndicatorYear.MissingReason": {
            indicator: string;
            reason: string;
        };
        "cn.ecozone.indicator.IndicatorYear.Value": {
            /** Format: date-time */
            enteredAt: string | null;
            enteredBy: string | null;
            enteredByOrganization: string | null;
            flag: boolean | null;
            grade: string | null;
            indicator: string;
            note: string | null;
            parts: {
                [key: string]: number;
            } | null;
            source: string | null;
            /** Format: double */
            value: number | null;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.OverviewRow": {
            /** Format: date-time */
            decidedAt: string | null;
            mayConfirm: boolean;
            mayRemind: boolean;
            parentName: string | null;
            regionCode: string;
            regionName: string;
            remindedToday: boolean;
            /** @enum {string} */
            state: "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "CONFIRMED";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.ProgressManagement.Report": {
            /** Format: int32 */
            baseYear: number;
            edition: string;
            editionTitle: string;
            regionCode: string;
            regionName: string;
            rows: components["schemas"]["cn.ecozone.indicator.ProgressManagement.Row"][];
            summary: {
                [key: string]: number;
            };
            synthetic: boolean;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.ProgressManagement.Row": {
            appliedTarget: string | null;
            /** Format: double */
            baseValue: number | null;
            /** Format: int32 */
            baseYear: number;
            /** @enum {string} */
            category: "ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "LIMITED_PROGRESS" | "DETERIORATION" | "NO_DATA";
            code: string;
            explanation: string;
            higherIsBetter: boolean;
            name: string;
            /** Format: double */
            observedGrowth: number | null;
            /** Format: double */
            requiredGrowth: number | null;
            synthetic: boolean;
            targetText: string | null;
            /** Format: double */
            targetValue: number;
            /** Format: int32 */
            targetYear: number;
            unit: string | null;
            /** Format: double */
            value: number | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.ReminderOutcome": {
            message: string | null;
            ok: boolean;
            regionCode: string;
            /** Format: int32 */
            status: number;
        };
        "cn.ecozone.indicator.ReviewOutcome": {
            code: string | null;
            message: string | null;
            ok: boolean;
            regionCode: string;
            /** Format: int32 */
            status: number;
        };
        "cn.ecozone.indicator.Scorecard": {
            edition: string;
            editionComplete: boolean;
            editionTitle: string;
            regionCode: string;
            regionName: string;
            rows: components["schemas"]["cn.ecozone.indicator.Scorecard.Row"][];
            summary: components["schemas"]["cn.ecozone.indicator.Scorecard.Summary"];
            synthetic: boolean;
            /** Format: int64 */
            unitId: number | null;
            unitName: string | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.Scorecard.Row": {
            appliedTarget: string | null;
            /** @enum {string} */
            binding: "BINDING" | "REFERENCE";
            code: string;
            flag: boolean | null;
            /** Format: double */
            gap: number | null;
            grade: string | null;
            group: string | null;
            name: string;
            /** Format: int32 */
            number: number | null;
            reason: string | null;
            /** @enum {string} */
            status: "MET" | "NOT_MET" | "NO_DATA" | "NOT_APPLICABLE" | "NEEDS_JUDGEMENT";
            targetText: string | null;
            uncertain: boolean;
            unit: string | null;
            unusable: boolean;
            /** Format: double */
            value: number | null;
            /** @enum {string} */
            valueType: "NUMBER" | "PERCENTAGE" | "YES_NO" | "GRADE";
        };
        "cn.ecozone.indicator.Scorecard.Summary": {
            /** Format: int32 */
            applicable: number;
            bindingNotMet: string[];
            /** Format: int32 */
            met: number;
            /** Format: int32 */
            needsJudgement: number;
            /** Format: int32 */
            noData: number;
            /** Format: int32 */
            notMet: number;
            /** Format: double */
            score: number | null;
            scoreMethod: string | null;
            scoreNote: string | null;
        };
        "cn.ecozone.indicator.web.ApplicableEditionController.Applicable": {
            atOwnLevel: string[];
            editions: components["schemas"]["cn.ecozone.indicator.web.IndicatorController.EditionSummary"][];
            level: string;
            missing: components["schemas"]["cn.ecozone.indicator.ApplicableEditionManagement.Missing"][];
            preferred: string | null;
            regionCode: string;
            regionName: string;
        };
        "cn.ecozone.indicator.web.EditionEditorController.CreateRequest": {
            copyFrom?: string;
            header: components["schemas"]["cn.ecozone.indicator.EditionHeader"];
        };
        "cn.ecozone.indicator.web.EditionEditorController.IndicatorRequest": {
            indicator: components["schemas"]["cn.ecozone.indicator.IndicatorInput"];
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.web.EditionEditorController.ReviseRequest": {
            header: components["schemas"]["cn.ecozone.indicator.EditionHeader"];
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.web.EditionEditorController.TargetKind": {
            kind: string;
            parameters: string[];
        };
        "cn.ecozone.indicator.web.EditionEditorController.VersionRequest": {
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.web.EvidenceController.RemovalRequest": {
            reason: string;
        };
        "cn.ecozone.indicator.web.IndicatorController.EditionDetail": {
            edition: components["schemas"]["cn.ecozone.indicator.web.IndicatorController.EditionSummary"];
            indicators: components["schemas"]["cn.ecozone.indicator.web.IndicatorController.IndicatorRow"][];
        };
        "cn.ecozone.indicator.web.IndicatorController.EditionSummary": {
            code: string;
            complete: boolean;
            documentZh: string | null;
            /** Format: int32 */
            firstYear: number;
            issued: string | null;
            issuedUncertain: boolean;
            issuerZh: string | null;
            /** Format: int32 */
            lastYear: number;
            levels: string | null;
            scoreMethod: string | null;
            scoreNoteZh: string | null;
            source: string | null;
            status: string | null;
            titleEn: string | null;
            titleZh: string;
            /** Format: int32 */
            version: number;
        };
        "cn.ecozone.indicator.web.IndicatorController.IndicatorRow": {
            /** @enum {string} */
            binding: "BINDING" | "REFERENCE";
            code: string;
            grades: string[];
            group: string | null;
            groupEn: string | null;
            nameEn: string | null;
            nameZh: string;
            /** Format: int32 */
            number: number | null;
            targetText: string | null;
            uncertain: boolean;
            unit: string | null;
            /** @enum {string} */
            valueType: "NUMBER" | "PERCENTAGE" | "YES_NO" | "GRADE";
        };
        "cn.ecozone.indicator.web.IndicatorController.ReferenceRequest": {
            /** Format: double */
            average: number;
            source: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.indicator.web.IndicatorController.ValueRequest": {
            flag?: boolean;
            grade?: string;
            note?: string;
            parts?: {
                [key: string]: number;
            };
            reason?: string;
            source?: string;
            /** Format: double */
            value?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.CommentRequest": {
            comment: string;
            indicator: string;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.ConfirmItem": {
            region: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.ConfirmRequest": {
            edition: string;
            items: components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.ConfirmItem"][];
            opinion?: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.MissingReasonRequest": {
            indicator: string;
            reason: string;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.ReasonRequest": {
            comments?: components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.CommentRequest"][];
            missingReasons?: components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.MissingReasonRequest"][];
            opinion?: string;
            reason?: string;
        };
        "cn.ecozone.indicator.web.IndicatorReviewController.RemindRequest": {
            edition: string;
            regions: string[];
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.notification.Notification": {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: int64 */
            id: number;
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            title: string;
        };
        "cn.ecozone.notification.NotificationPage": {
            items: components["schemas"]["cn.ecozone.notification.Notification"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
            /** Format: int64 */
            unreadCount: number;
        };
        "cn.ecozone.opinion.OpinionContent": {
            article: string;
            bodyZh: string;
            candidacies: components["schemas"]["cn.ecozone.opinion.OpinionContent.Candidacy"][];
            divisions: boolean;
            panel: boolean;
            publicity: boolean;
            roundTitle: string;
            stepNameZh: string;
        };
        "cn.ecozone.opinion.OpinionContent.Candidacy": {
            /** Format: int64 */
            candidacyId: number;
            divisionResults: components["schemas"]["cn.ecozone.opinion.OpinionContent.DivisionResult"][];
            /** Format: int64 */
            dossierId: number;
            exclusions: components["schemas"]["cn.ecozone.opinion.OpinionContent.Exclusion"][];
            panelResult: components["schemas"]["cn.ecozone.opinion.OpinionContent.Panel"];
            programmeZh: string;
            publicityResult: components["schemas"]["cn.ecozone.opinion.OpinionContent.Publicity"];
            regionName: string;
            subjectName: string;
            /** Format: date */
            submittedOn: string;
        };
        "cn.ecozone.opinion.OpinionContent.DivisionResult": {
            actedOn: string;
            action: string;
            division: string;
            opinion: string;
            outcome: string;
        };
        "cn.ecozone.opinion.OpinionContent.Exclusion": {
            article: string;
            explanationZh: string;
            outcome: string;
            textZh: string;
        };
        "cn.ecozone.opinion.OpinionContent.ExpertOpinion": {
            alias: string;
            opinion: string;
        };
        "cn.ecozone.opinion.OpinionContent.Notice": {
            documentNumber: string;
            /** Format: date */
            from: string;
            issuerZh: string;
            /** Format: date */
            to: string;
        };
        "cn.ecozone.opinion.OpinionContent.Panel": {
            aggregation: string;
            aggregationNote: string;
            closed: boolean;
            criteria: components["schemas"]["cn.ecozone.opinion.OpinionContent.Score"][];
            /** Format: int32 */
            expertCount: number;
            opinions: components["schemas"]["cn.ecozone.opinion.OpinionContent.ExpertOpinion"][];
            stepCode: string;
            total: number;
        };
        "cn.ecozone.opinion.OpinionContent.Publicity": {
            blocking: boolean;
            /** Format: int32 */
            complaints: number;
            /** Format: int32 */
            foundTrue: number;
            notices: components["schemas"]["cn.ecozone.opinion.OpinionContent.Notice"][];
            /** Format: int32 */
            open: number;
            /** Format: int32 */
            resolved: number;
            /** Format: int32 */
            untrueOrUnsupported: number;
        };
        "cn.ecozone.opinion.OpinionContent.Score": {
            aggregated: number;
            code: string;
            spread: number;
            textZh: string;
        };
        "cn.ecozone.opinion.OpinionManagement.Edit": {
            conclusion?: string;
            documentNumber?: string;
            opening?: string;
            title?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.opinion.OpinionSummary": {
            documentNumber: string;
            /** Format: int32 */
            dossierCount: number;
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            issuedAt: string;
            /** Format: int64 */
            roundId: number;
            scopeCode: string;
            /** Format: int32 */
            sequence: number;
            /** @enum {string} */
            state: "DRAFT" | "ISSUED";
            stepCode: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.opinion.OpinionView": {
            allowedActions: string[];
            conclusion: string;
            content: components["schemas"]["cn.ecozone.opinion.OpinionContent"];
            documentNumber: string;
            /** Format: int64 */
            docxDocumentId: number;
            dossiers: components["schemas"]["cn.ecozone.opinion.OpinionView.Covered"][];
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            issuedAt: string;
            issuedBy: string;
            opening: string;
            /** Format: int64 */
            pdfDocumentId: number;
            /** Format: int64 */
            roundId: number;
            scopeCode: string;
            /** Format: int32 */
            sequence: number;
            skipped: components["schemas"]["cn.ecozone.opinion.OpinionView.Skipped"][];
            /** @enum {string} */
            state: "DRAFT" | "ISSUED";
            stepCode: string;
            title: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.opinion.OpinionView.Covered": {
            currentStepCode: string;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            runId: number;
            subjectName: string;
        };
        "cn.ecozone.opinion.OpinionView.Skipped": {
            /** Format: int64 */
            dossierId: number;
            reasons: string[];
            subjectName: string;
        };
        "cn.ecozone.opinion.web.OpinionController.Complete": {
            opinion?: string;
        };
        "cn.ecozone.opinion.web.OpinionController.Create": {
            /** Format: int64 */
            roundId?: number;
            stepCode?: string;
        };
        "cn.ecozone.opinion.web.OpinionController.Versioned": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.plan.PlanContent": {
            keyProjects: components["schemas"]["cn.ecozone.plan.PlanContent.KeyProject"][];
            targets: components["schemas"]["cn.ecozone.plan.PlanContent.Target"][];
            tasks: components["schemas"]["cn.ecozone.plan.PlanContent.Task"][];
        };
        "cn.ecozone.plan.PlanContent.KeyProject": {
            content: string | null;
            /** Format: double */
            investment: number | null;
            key: string | null;
            nameZh: string;
        };
        "cn.ecozone.plan.PlanContent.Target": {
            baseline: string | null;
            edition: string | null;
            indicator: string | null;
            nameZh: string;
            value: string | null;
            /** Format: int32 */
            year: number | null;
        };
        "cn.ecozone.plan.PlanContent.Task": {
            nameZh: string;
            responsible: string | null;
            /** Format: int32 */
            year: number | null;
        };
        "cn.ecozone.plan.PlanStep": {
            article: string | null;
            /** @enum {string} */
            at: "SUBJECT" | "PREFECTURE" | "PROVINCE";
            code: string;
            /** @enum {string|null} */
            counting: "NEXT_DAY" | "SAME_DAY" | null;
            nameZh: string;
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            /** @enum {string} */
            type: "SUBMIT" | "EXAMINE" | "EXPERT_REVIEW" | "MINISTRY_REVIEW" | "REVISE" | "PROMULGATE" | "FILE" | "RECEIVE_FILING";
            /** Format: int32 */
            workingDays: number | null;
        };
        "cn.ecozone.plan.PlanSummary": {
            currentStep: components["schemas"]["cn.ecozone.plan.PlanStep"] | null;
            /** Format: date */
            filedOn: string | null;
            /** Format: date */
            filingDue: string | null;
            filingExplanation: string[];
            /** Format: int64 */
            id: number;
            overdue: boolean;
            /** Format: int32 */
            periodEnd: number;
            /** Format: int32 */
            periodStart: number;
            planKind: string;
            programme: string;
            /** Format: int32 */
            revision: number;
            /** @enum {string} */
            state: "DRAFT" | "IN_PROGRESS" | "RETURNED" | "FILED" | "IN_FORCE" | "EXPIRED";
            subjectRegionCode: string;
            subjectRegionName: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        "cn.ecozone.plan.PlanText": {
            current: boolean;
            /** Format: int64 */
            documentId: number;
            /** @enum {string} */
            kind: "TEXT" | "ISSUING_DOCUMENT";
            name: string;
            /** Format: int32 */
            number: number;
            promulgated: boolean;
            seenBy: string[];
            sha256: string | null;
            /** Format: int64 */
            size: number;
            type: string | null;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: string;
        };
        "cn.ecozone.plan.PlanView": {
            content: components["schemas"]["cn.ecozone.plan.PlanContent"];
            currentStep: components["schemas"]["cn.ecozone.plan.PlanStep"] | null;
            /** Format: int64 */
            documentId: number | null;
            documentName: string | null;
            filedLate: boolean;
            /** Format: date */
            filedOn: string | null;
            /** Format: date */
            filingDue: string | null;
            filingExplanation: string[];
            filingReceivedBy: string | null;
            /** Format: date */
            filingReceivedOn: string | null;
            /** Format: int64 */
            id: number;
            issuingDocument: components["schemas"]["cn.ecozone.plan.PlanText"] | null;
            overdue: boolean;
            /** Format: int32 */
            periodEnd: number;
            /** Format: int32 */
            periodStart: number;
            planKind: string;
            programme: string;
            /** Format: date */
            promulgatedOn: string | null;
            promulgationBody: string | null;
            promulgationNumber: string | null;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            returnReason: string | null;
            /** Format: int32 */
            revision: number;
            run: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
            /** @enum {string} */
            state: "DRAFT" | "IN_PROGRESS" | "RETURNED" | "FILED" | "IN_FORCE" | "EXPIRED";
            steps: components["schemas"]["cn.ecozone.plan.PlanStep"][];
            subjectRegionCode: string;
            subjectRegionName: string;
            texts: components["schemas"]["cn.ecozone.plan.PlanText"][];
            timeline: components["schemas"]["cn.ecozone.plan.PlanView.Entry"][];
            title: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.plan.PlanView.Entry": {
            action: string;
            actorName: string | null;
            actorRole: string | null;
            /** Format: date-time */
            at: string;
            detail: string | null;
            /** Format: int64 */
            documentId: number | null;
            /** Format: int64 */
            issuingDocumentId: number | null;
            opinion: string | null;
            outcome: string | null;
            stepCode: string | null;
            /** Format: int32 */
            textVersion: number | null;
        };
        "cn.ecozone.plan.PublicPlan": {
            /** Format: date */
            filedOn: string | null;
            hasText: boolean;
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            issuingDocumentId: number | null;
            issuingDocumentName: string | null;
            /** Format: int32 */
            periodEnd: number;
            /** Format: int32 */
            periodStart: number;
            /** Format: date */
            promulgatedOn: string | null;
            promulgationBody: string | null;
            promulgationNumber: string | null;
            /** Format: int32 */
            revision: number;
            /** @enum {string} */
            state: "DRAFT" | "IN_PROGRESS" | "RETURNED" | "FILED" | "IN_FORCE" | "EXPIRED";
            title: string;
        };
        "cn.ecozone.plan.web.PlanController.ActionRequest": {
            body?: string;
            documentNumber?: string;
            /** Format: date */
            filedOn?: string;
            note?: string;
            opinion?: string;
            outcome?: string;
            panel?: string;
            /** Format: date */
            promulgatedOn?: string;
            reason?: string;
            /** Format: date */
            receivedOn?: string;
            /** Format: date */
            reviewedOn?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.plan.web.PlanController.ContentRequest": {
            keyProjects?: components["schemas"]["cn.ecozone.plan.PlanContent.KeyProject"][];
            targets?: components["schemas"]["cn.ecozone.plan.PlanContent.Target"][];
            tasks?: components["schemas"]["cn.ecozone.plan.PlanContent.Task"][];
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.plan.web.PlanController.HeaderRequest": {
            /** Format: int32 */
            periodEnd?: number;
            /** Format: int32 */
            periodStart?: number;
            regulation?: string;
            title?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.portal.ColumnItem": {
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: string | null;
            body: string;
            /** Format: date-time */
            draftedAt: string;
            draftedBy: string;
            files: components["schemas"]["cn.ecozone.portal.ColumnItem.ColumnFile"][];
            /** Format: int64 */
            id: number;
            kind: string;
            programme: string;
            /** Format: date-time */
            publishedAt: string | null;
            publishedBy: string | null;
            regionCode: string;
            returnReason: string | null;
            /** @enum {string} */
            state: "DRAFT" | "PENDING" | "RETURNED" | "APPROVED" | "PUBLISHED" | "WITHDRAWN";
            title: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.portal.ColumnItem.ColumnFile": {
            /** Format: int64 */
            documentId: number;
            image: boolean;
            name: string;
            /** Format: int64 */
            size: number;
        };
        "cn.ecozone.portal.PortalHome": {
            columns: components["schemas"]["cn.ecozone.portal.PortalHome.HomeColumn"][];
            /** Format: int64 */
            noticeCount: number;
            notices: components["schemas"]["cn.ecozone.publicity.NoticeSummary"][];
            programmes: string[];
            regulations: components["schemas"]["cn.ecozone.regulation.RegulationSummary"][];
            /** Format: int64 */
            titleCount: number;
            titles: components["schemas"]["cn.ecozone.title.PublicTitle"][];
        };
        "cn.ecozone.portal.PortalHome.HomeColumn": {
            /** Format: int64 */
            items: number;
            /** Format: date-time */
            latest: string;
            programme: string;
            regionCode: string;
            regionName: string;
        };
        "cn.ecozone.portal.PublicColumn": {
            items: components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.portal.PublicColumnItem"];
            plans: components["schemas"]["cn.ecozone.plan.PublicPlan"][];
            programme: string;
            regionCode: string;
            regionName: string;
        };
        "cn.ecozone.portal.PublicColumnItem": {
            body: string;
            files: components["schemas"]["cn.ecozone.portal.ColumnItem.ColumnFile"][];
            /** Format: int64 */
            id: number;
            kind: string;
            /** Format: date-time */
            publishedAt: string;
            publisher: string;
            title: string;
        };
        "cn.ecozone.portal.PublicProgress": {
            categories: {
                [key: string]: number;
            };
            categoryOrder: ("ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "LIMITED_PROGRESS" | "DETERIORATION" | "NO_DATA")[];
            documentNumber: string;
            edition: string | null;
            indicatorsArticle: string | null;
            /** Format: date */
            namedOn: string;
            namingBodyZh: string;
            noteZh: string | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            progress: components["schemas"]["cn.ecozone.indicator.ConfirmedProgress"] | null;
            regionCode: string;
            regionName: string;
            subjectName: string;
            titleState: string;
            uncertain: boolean;
        };
        "cn.ecozone.portal.web.ColumnItemController.ItemRequest": {
            body?: string;
            kind?: string;
            programme?: string;
            title?: string;
        };
        "cn.ecozone.portal.web.ColumnItemController.ReturnRequest": {
            reason?: string;
        };
        "cn.ecozone.procedure.InboxItem": {
            /** Format: date */
            due: string | null;
            link: string;
            /** Format: date-time */
            openedAt: string;
            overdue: boolean;
            /** Format: int64 */
            runId: number;
            stepCode: string;
            stepKind: string;
            /** Format: int64 */
            subjectId: number;
            subjectRegionCode: string;
            subjectTitle: string;
            subjectType: string;
            /** Format: int64 */
            taskId: number;
        };
        "cn.ecozone.procedure.RunView": {
            allowedActions: components["schemas"]["cn.ecozone.procedure.RunView.AllowedAction"][];
            currentStepCode: string | null;
            deadline: components["schemas"]["cn.ecozone.procedure.RunView.DeadlineView"] | null;
            definitionCode: string;
            /** Format: int32 */
            definitionVersion: number;
            /** Format: int64 */
            id: number;
            state: string;
            steps: components["schemas"]["cn.ecozone.procedure.RunView.StepView"][];
            tasks: components["schemas"]["cn.ecozone.procedure.RunView.TaskView"][];
            timeline: components["schemas"]["cn.ecozone.procedure.RunView.EntryView"][];
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.procedure.RunView.AllowedAction": {
            action: string;
            opinionRequired: boolean;
            outcomes: string[];
            reasonRequired: boolean;
            stepCode: string;
            /** Format: int64 */
            taskId: number | null;
        };
        "cn.ecozone.procedure.RunView.DeadlineView": {
            /** Format: date */
            due: string;
            explanation: string[];
            overdue: boolean;
        };
        "cn.ecozone.procedure.RunView.EntryView": {
            action: string;
            actorName: string | null;
            actorRole: string | null;
            /** Format: date-time */
            at: string;
            documentIds: number[];
            opinion: string | null;
            organizationName: string | null;
            outcome: string | null;
            stepCode: string;
        };
        "cn.ecozone.procedure.RunView.PeriodView": {
            counting: string;
            fromStep: string | null;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.procedure.RunView.StepView": {
            actorRoles: string[];
            article: string | null;
            code: string;
            kind: string;
            nameZh: string;
            period: components["schemas"]["cn.ecozone.procedure.RunView.PeriodView"] | null;
        };
        "cn.ecozone.procedure.RunView.TaskView": {
            /** Format: date-time */
            actedAt: string | null;
            actedBy: string | null;
            assigneeOrganizationName: string | null;
            assigneeRegionCode: string | null;
            assigneeRole: string | null;
            /** Format: int64 */
            id: number;
            outcome: string | null;
            state: string;
            stepCode: string;
        };
        "cn.ecozone.project.KeyProjectView": {
            content: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: int32 */
            endYear: number | null;
            expectedBenefits: string | null;
            fromPlan: components["schemas"]["cn.ecozone.project.KeyProjectView.FromPlan"] | null;
            history: components["schemas"]["cn.ecozone.project.KeyProjectView.Change"][];
            /** Format: int64 */
            id: number;
            investment: number | null;
            investor: string | null;
            mayDelete: boolean;
            mayEdit: boolean;
            name: string;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            /** Format: int32 */
            startYear: number | null;
            /** @enum {string} */
            status: "PLANNED" | "UNDER_CONSTRUCTION" | "COMPLETED" | "SUSPENDED";
            transformationMode: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.project.KeyProjectView.Change": {
            /** Format: date-time */
            changedAt: string;
            changedBy: string;
            field: string;
            newValue: string | null;
            oldValue: string | null;
            reason: string | null;
        };
        "cn.ecozone.project.KeyProjectView.FromPlan": {
            entry: string | null;
            /** Format: int64 */
            planId: number;
            title: string;
        };
        "cn.ecozone.project.web.KeyProjectController.ProjectRequest": {
            content?: string;
            /** Format: int32 */
            endYear?: number;
            expectedBenefits?: string;
            investment?: number;
            investor?: string;
            name?: string;
            /** @enum {string} */
            programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            reason?: string;
            regionCode?: string;
            /** Format: int32 */
            startYear?: number;
            /** @enum {string} */
            status?: "PLANNED" | "UNDER_CONSTRUCTION" | "COMPLETED" | "SUSPENDED";
            transformationMode?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.ComplaintInput": {
            contact?: string;
            /** Format: int64 */
            dossierId?: number;
            name?: string;
            text?: string;
        };
        "cn.ecozone.publicity.ComplaintReceipt": {
            realName: boolean;
            trackingNumber: string;
        };
        "cn.ecozone.publicity.ComplaintView": {
            attachmentIds: number[];
            complainantName: string | null;
            contact: string | null;
            /** Format: int32 */
            deadlineDays: number;
            deadlineUncertain: boolean;
            /** Format: date-time */
            delegatedAt: string | null;
            /** Format: int64 */
            dossierId: number;
            /** Format: date */
            dueOn: string;
            evidenceIds: number[];
            /** @enum {string|null} */
            finding: "TRUE" | "UNTRUE" | "UNSUPPORTED" | "RESOLVED" | null;
            findingText: string | null;
            /** Format: date-time */
            foundAt: string | null;
            /** Format: int64 */
            id: number;
            inFull: boolean;
            investigatorRegion: string;
            /** @enum {string} */
            investigatorRole: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            mayDelegate: boolean;
            mayFind: boolean;
            /** Format: int64 */
            noticeId: number;
            noticeTitle: string | null;
            realName: boolean;
            /** Format: date-time */
            receivedAt: string;
            regionName: string | null;
            /** @enum {string} */
            state: "RECEIVED" | "INVESTIGATING" | "FOUND";
            stepCode: string | null;
            subjectName: string | null;
            text: string | null;
            trackingNumber: string | null;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.publicity.FindingInput": {
            /** @enum {string} */
            finding?: "TRUE" | "UNTRUE" | "UNSUPPORTED" | "RESOLVED";
            text?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.NoticeInput": {
            documentNumber?: string;
            dossierIds?: number[];
            /** Format: date */
            endsOn?: string;
            howToComplain?: string;
            issuerName?: string;
            /** Format: date */
            publishedOn?: string;
            /** Format: int64 */
            roundId?: number;
            stepCode?: string;
            title?: string;
            wherePublished?: string;
        };
        "cn.ecozone.publicity.NoticeSummary": {
            documentNumber: string | null;
            /** Format: date */
            endsOn: string;
            /** Format: int64 */
            id: number;
            issuerName: string;
            /** Format: int32 */
            listed: number;
            open: boolean;
            /** Format: date */
            publishedOn: string;
            /** Format: int64 */
            roundId: number;
            /** @enum {string} */
            state: "DRAFT" | "PUBLISHED";
            stepCode: string;
            title: string;
        };
        "cn.ecozone.publicity.NoticeView": {
            article: string | null;
            correction: string | null;
            documentNumber: string | null;
            ended: boolean;
            /** Format: date */
            endsOn: string;
            entries: components["schemas"]["cn.ecozone.publicity.NoticeView.Entry"][];
            explanation: string[];
            howToComplain: string;
            /** Format: int64 */
            id: number;
            issuerName: string;
            /** @enum {string} */
            issuerRole: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            minimum: boolean;
            /** Format: date */
            minimumEndsOn: string;
            open: boolean;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            publicityCode: string;
            /** Format: date */
            publishedOn: string;
            regionCode: string;
            /** Format: int64 */
            roundId: number;
            /** @enum {string} */
            state: "DRAFT" | "PUBLISHED";
            stepCode: string;
            title: string;
            uncertainNote: string | null;
            /** Format: int64 */
            version: number;
            wherePublished: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.publicity.NoticeView.Entry": {
            blocking: boolean;
            /** Format: int64 */
            blockingComplaintId: number | null;
            /** @enum {string|null} */
            blockingState: "RECEIVED" | "INVESTIGATING" | "FOUND" | null;
            /** Format: int64 */
            candidacyId: number;
            /** Format: int32 */
            complaints: number;
            current: boolean;
            currentStepCode: string | null;
            /** Format: int64 */
            dossierId: number;
            /** Format: int32 */
            opening: number | null;
            regionCode: string;
            regionName: string;
            subjectName: string;
        };
        "cn.ecozone.publicity.PeriodPreview": {
            /** Format: date */
            endsOn: string;
            explanationEn: string[];
            explanationZh: string[];
            /** Format: date */
            minimumEndsOn: string;
            /** Format: date */
            publishedOn: string;
        };
        "cn.ecozone.publicity.PublicNotice": {
            article: string | null;
            correction: string | null;
            documentNumber: string | null;
            /** Format: date */
            endsOn: string;
            explanation: string[];
            howToComplain: string;
            /** Format: int64 */
            id: number;
            issuerName: string;
            listed: components["schemas"]["cn.ecozone.publicity.PublicNotice.Listed"][];
            minimum: boolean;
            open: boolean;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            /** Format: date */
            publishedOn: string;
            title: string;
            uncertainNote: string | null;
            wherePublished: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.publicity.PublicNotice.Listed": {
            /** Format: int64 */
            dossierId: number;
            regionCode: string;
            regionName: string;
            subjectName: string;
        };
        "cn.ecozone.publicity.SettingView": {
            /** Format: int32 */
            complaintWorkingDays: number;
            noteZh: string | null;
            provinceCode: string;
            /** Format: int32 */
            suggestedWorkingDays: number;
            uncertain: boolean;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.publicity.Tracking": {
            /** @enum {string|null} */
            finding: "TRUE" | "UNTRUE" | "UNSUPPORTED" | "RESOLVED" | null;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            state: "RECEIVED" | "INVESTIGATING" | "FOUND";
            trackingNumber: string;
        };
        "cn.ecozone.publicity.web.ComplaintController.Setting": {
            /** Format: int32 */
            complaintWorkingDays?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.web.ComplaintController.Version": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.web.NoticeController.Correction": {
            text?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.web.NoticeController.Update": {
            notice?: components["schemas"]["cn.ecozone.publicity.NoticeInput"];
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.publicity.web.NoticeController.Version": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.region.ConstructionUnit": {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "WATERSHED" | "PARK" | "VILLAGE" | "OTHER";
            name: string;
            regionCode: string;
            regionName: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.region.LevelName": {
            governmentEn: string;
            governmentZh: string;
            /** @enum {string} */
            level: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            nameEn: string;
            nameZh: string;
        };
        "cn.ecozone.region.RegionAttributeImportManagement.Imported": {
            /** Format: int32 */
            changed: number;
            /** Format: int32 */
            rows: number;
        };
        "cn.ecozone.region.web.ConstructionUnitController.CreateRequest": {
            description?: string;
            /** @enum {string} */
            kind: "WATERSHED" | "PARK" | "VILLAGE" | "OTHER";
            name: string;
            regionCode: string;
        };
        "cn.ecozone.region.web.ConstructionUnitController.UpdateRequest": {
            description?: string;
            /** @enum {string} */
            kind: "WATERSHED" | "PARK" | "VILLAGE" | "OTHER";
            name: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.region.web.RegionController.Ancestor": {
            code: string;
            /** @enum {string} */
            level: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            name: string;
        };
        "cn.ecozone.region.web.RegionController.AttributesRequest": {
            coastal?: boolean;
            grassland?: boolean;
            keyEcologicalFunctionArea: boolean;
            reason: string;
            /** @enum {string} */
            terrain: "MOUNTAIN" | "HILL" | "PLAIN" | "ARID_SEMI_ARID" | "UNKNOWN";
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.region.web.RegionController.RegionResponse": {
            ancestors?: components["schemas"]["cn.ecozone.region.web.RegionController.Ancestor"][];
            coastal: boolean;
            code?: string;
            functionalZone?: boolean;
            grassland: boolean;
            hasChildren?: boolean;
            keyEcologicalFunctionArea?: boolean;
            /** @enum {string} */
            level?: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            name?: string;
            parentCode?: string;
            path?: string;
            /** @enum {string} */
            terrain?: "MOUNTAIN" | "HILL" | "PLAIN" | "ARID_SEMI_ARID" | "UNKNOWN";
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.registry.ExclusionReport": {
            article: string | null;
            excluded: boolean;
            /** Format: int32 */
            lookBackYears: number | null;
            needsJudgement: boolean;
            noteZh: string | null;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            silent: boolean;
            verdicts: components["schemas"]["cn.ecozone.registry.ExclusionVerdict"][];
            /** Format: date */
            windowFrom: string | null;
            windowNoteZh: string | null;
            windowTextZh: string | null;
            /** Format: date */
            windowTo: string | null;
            windowUncertain: boolean;
        };
        "cn.ecozone.registry.ExclusionSetting": {
            article: string | null;
            exclusionCode: string;
            exclusionTextZh: string;
            jurisdiction: string;
            key: string;
            max: number;
            min: number;
            note: string | null;
            noteZh: string | null;
            regulationCode: string;
            regulationTitle: string;
            /** Format: int32 */
            regulationVersion: number;
            /** Format: date-time */
            setAt: string | null;
            setBy: string | null;
            suggested: number;
            textZh: string;
            unit: string;
            value: number | null;
            /** Format: int64 */
            version: number | null;
        };
        "cn.ecozone.registry.ExclusionSetting.Change": {
            exclusionCode?: string;
            key?: string;
            note?: string;
            regulationCode?: string;
            value?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.registry.ExclusionVerdict": {
            article: string | null;
            code: string;
            explanationEn: string;
            explanationZh: string;
            figures: components["schemas"]["cn.ecozone.registry.ExclusionVerdict.Figure"][];
            noteZh: string | null;
            /** @enum {string} */
            outcome: "EXCLUDED" | "CLEAR" | "NEEDS_JUDGEMENT";
            provinceSetting: boolean;
            records: components["schemas"]["cn.ecozone.registry.ExclusionVerdict.Trigger"][];
            textZh: string;
            uncertain: boolean;
        };
        "cn.ecozone.registry.ExclusionVerdict.Figure": {
            name: string;
            noteZh: string | null;
            value: string;
        };
        "cn.ecozone.registry.ExclusionVerdict.Trigger": {
            /** @enum {string} */
            kind: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
            /** Format: date */
            occurredOn: string;
            /** Format: int64 */
            recordId: number;
            /** Format: date */
            sourceDate: string;
            sourceIssuer: string;
            sourceNumber: string;
            summary: string;
        };
        "cn.ecozone.registry.PetitionRateView": {
            /** Format: int32 */
            closed: number;
            /** Format: int32 */
            closedOnTime: number;
            closureRate: number | null;
            /** Format: int32 */
            received: number;
            regionCode: string;
            regionName: string;
            timelyRate: number | null;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.registry.RegisterInput.Task": {
            /** Format: date */
            completedOn: string | null;
            description: string;
            /** Format: date */
            plannedOn: string;
        };
        "cn.ecozone.registry.RegisterView": {
            allowedActions: string[];
            attachments: components["schemas"]["cn.ecozone.registry.RegisterView.Attachment"][];
            category: string | null;
            /** Format: date */
            closedOn: string | null;
            completed: boolean | null;
            /** Format: date */
            completedOn: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            dueOn: string | null;
            enteredBy: string;
            enteredOrg: string | null;
            history: components["schemas"]["cn.ecozone.registry.RegisterView.Change"][];
            /** Format: int64 */
            id: number;
            imposedBy: string | null;
            /** @enum {string} */
            kind: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
            level: string | null;
            major: boolean | null;
            /** Format: date */
            occurredOn: string;
            regionCode: string;
            regionName: string;
            rejectReason: string | null;
            /** Format: date */
            sourceDate: string;
            sourceIssuer: string;
            sourceNumber: string;
            /** @enum {string} */
            state: "PENDING" | "CONFIRMED" | "REJECTED";
            summary: string;
            tasks: components["schemas"]["cn.ecozone.registry.RegisterInput.Task"][];
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number | null;
        };
        "cn.ecozone.registry.RegisterView.Attachment": {
            /** Format: int64 */
            documentId: number;
            name: string;
            /** Format: int64 */
            size: number;
            type: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        "cn.ecozone.registry.RegisterView.Change": {
            /** Format: date-time */
            changedAt: string;
            changedBy: string;
            field: string;
            newValue: string | null;
            oldValue: string | null;
            reason: string;
        };
        "cn.ecozone.registry.web.RecordRequest": {
            category?: string;
            /** Format: date */
            closedOn?: string;
            completed?: boolean;
            /** Format: date */
            completedOn?: string;
            /** Format: date */
            dueOn?: string;
            imposedBy?: string;
            /** @enum {string} */
            kind?: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
            level?: string;
            major?: boolean;
            /** Format: date */
            occurredOn?: string;
            reason?: string;
            regionCode?: string;
            /** Format: date */
            sourceDate?: string;
            sourceIssuer?: string;
            sourceNumber?: string;
            summary?: string;
            tasks?: components["schemas"]["cn.ecozone.registry.web.RecordRequest.TaskRequest"][];
            /** Format: int64 */
            version?: number;
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.registry.web.RecordRequest.TaskRequest": {
            /** Format: date */
            completedOn?: string;
            description?: string;
            /** Format: date */
            plannedOn?: string;
        };
        "cn.ecozone.registry.web.RegisterController.DecisionRequest": {
            reason?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.regulation.ApplicationRules": {
            automaticEligibility: string[];
            chains: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Chain"][];
            eligibility: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Rule"][];
            exclusions: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Exclusions"];
            materials: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Material"][];
            publicity: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Publicity"][];
            review: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Review"];
            window: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Window"];
        };
        "cn.ecozone.regulation.ApplicationRules.Band": {
            code: string;
            minScore: number;
            nameZh: string;
        };
        "cn.ecozone.regulation.ApplicationRules.Chain": {
            steps: components["schemas"]["cn.ecozone.regulation.Step"][];
            /** @enum {string} */
            subjectLevel: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
        };
        "cn.ecozone.regulation.ApplicationRules.ComplaintDeadline": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** Format: int32 */
            suggestedWorkingDays: number;
        };
        "cn.ecozone.regulation.ApplicationRules.ExclusionParameter": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            item: string;
            key: string;
            textZh: string;
            values: string[];
        };
        "cn.ecozone.regulation.ApplicationRules.Exclusions": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            items: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Rule"][];
            /** Format: int32 */
            lookBackYears: number;
            parameters: components["schemas"]["cn.ecozone.regulation.ApplicationRules.ExclusionParameter"][];
            settings: components["schemas"]["cn.ecozone.regulation.ApplicationRules.ExclusionSetting"][];
            window: components["schemas"]["cn.ecozone.regulation.ApplicationRules.WindowRule"];
        };
        "cn.ecozone.regulation.ApplicationRules.ExclusionSetting": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            item: string;
            key: string;
            max: number;
            min: number;
            suggested: number;
            textZh: string;
            unit: string;
        };
        "cn.ecozone.regulation.ApplicationRules.Grading": {
            bands: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Band"][];
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
        };
        "cn.ecozone.regulation.ApplicationRules.Material": {
            /** Format: int32 */
            approxCharacters: number;
            /** Format: int32 */
            approxSizeMb: number;
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            fromPlan: boolean;
            /** Format: int32 */
            minCount: number;
            nameZh: string;
            ruleZh: string;
            tolerance: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Tolerance"];
        };
        "cn.ecozone.regulation.ApplicationRules.Publicity": {
            /** @enum {string} */
            by: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            complaintDeadline: components["schemas"]["cn.ecozone.regulation.ApplicationRules.ComplaintDeadline"];
            /** @enum {string} */
            complaintsDelegableTo: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            /** @enum {string} */
            complaintsInvestigatedBy: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            /** @enum {string} */
            counting: "NEXT_DAY" | "SAME_DAY";
            minimum: boolean;
            whereZh: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.regulation.ApplicationRules.Recusal": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** Format: int32 */
            lookBackYears: number;
        };
        "cn.ecozone.regulation.ApplicationRules.Review": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            criteria: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Rule"][];
            grading: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Grading"];
            /** @enum {string} */
            method: "EXPERT_SCORING" | "DOCUMENT_REVIEW_AND_SITE_CHECK" | "GRADED_EVALUATION";
            recusal: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Recusal"];
            scoring: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Scoring"];
            textZh: string;
        };
        "cn.ecozone.regulation.ApplicationRules.Rule": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            textZh: string;
        };
        "cn.ecozone.regulation.ApplicationRules.Scoring": {
            /** @enum {string} */
            aggregation: "MEAN" | "TRIMMED_MEAN";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            maxPerCriterion: number;
            spreadThreshold: number;
            /** Format: int32 */
            trimFrom: number;
        };
        "cn.ecozone.regulation.ApplicationRules.Tolerance": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** Format: int32 */
            percent: number;
        };
        "cn.ecozone.regulation.ApplicationRules.Window": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** @enum {string} */
            kind: "PER_MINISTRY_CALL" | "FIRST_HALF_OF_YEAR" | "YEARLY";
            textZh: string;
            yearly: components["schemas"]["cn.ecozone.regulation.ApplicationRules.YearlyPeriod"];
        };
        "cn.ecozone.regulation.ApplicationRules.WindowRule": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            textZh: string;
        };
        "cn.ecozone.regulation.ApplicationRules.YearlyPeriod": {
            closes: string;
            opens: string;
            zone: string;
        };
        "cn.ecozone.regulation.Citation": {
            article: string;
            noteZh: string;
            silent: boolean;
            uncertain: boolean;
        };
        "cn.ecozone.regulation.PlanRules": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            duties: components["schemas"]["cn.ecozone.regulation.PlanRules.Duty"][];
            guideZh: string;
            /** @enum {string} */
            kind: "CONSTRUCTION_PLAN" | "IMPLEMENTATION_PLAN" | "ANNUAL_PLAN";
            paths: components["schemas"]["cn.ecozone.regulation.PlanRules.Path"][];
        };
        "cn.ecozone.regulation.PlanRules.Duty": {
            /** @enum {string} */
            by: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            textZh: string;
        };
        "cn.ecozone.regulation.PlanRules.Path": {
            steps: components["schemas"]["cn.ecozone.regulation.Step"][];
            /** @enum {string} */
            subjectLevel: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
        };
        "cn.ecozone.regulation.Regulation": {
            application: components["schemas"]["cn.ecozone.regulation.ApplicationRules"];
            code: string;
            documentZh: string;
            indicators: components["schemas"]["cn.ecozone.regulation.Regulation.IndicatorRule"][];
            /** Format: date */
            inForce: string;
            inForceCitation: components["schemas"]["cn.ecozone.regulation.Citation"];
            issuerZh: string;
            jurisdiction: string;
            plan: components["schemas"]["cn.ecozone.regulation.PlanRules"];
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            source: string;
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED";
            title: components["schemas"]["cn.ecozone.regulation.TitleRules"];
            titleZh: string;
            typicalCases: components["schemas"]["cn.ecozone.regulation.TypicalCaseRules"];
            /** Format: int32 */
            version: number;
            who: components["schemas"]["cn.ecozone.regulation.Regulation.Who"];
        };
        "cn.ecozone.regulation.Regulation.IndicatorRule": {
            allMetRequired: boolean;
            blocksWithoutEdition: boolean;
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            edition: string;
            /** @enum {string} */
            subjectLevel: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            textZh: string;
            /** Format: int32 */
            years: number;
        };
        "cn.ecozone.regulation.Regulation.OtherSubject": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            nameZh: string;
        };
        "cn.ecozone.regulation.Regulation.SubjectLevel": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** @enum {string} */
            level: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            nameZh: string;
        };
        "cn.ecozone.regulation.Regulation.Unit": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** @enum {string} */
            kind: "PREFECTURE" | "COUNTY" | "TOWNSHIP" | "VILLAGE" | "WATERSHED" | "PARK" | "OTHER";
            nameZh: string;
        };
        "cn.ecozone.regulation.Regulation.Who": {
            otherSubjects: components["schemas"]["cn.ecozone.regulation.Regulation.OtherSubject"][];
            subjectLevels: components["schemas"]["cn.ecozone.regulation.Regulation.SubjectLevel"][];
            units: components["schemas"]["cn.ecozone.regulation.Regulation.Unit"][];
        };
        "cn.ecozone.regulation.RegulationSummary": {
            code: string;
            /** Format: date */
            inForce: string;
            jurisdiction: string;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED";
            titleZh: string;
            /** Format: int32 */
            version: number;
        };
        "cn.ecozone.regulation.Step": {
            actionZh: string;
            /** @enum {string} */
            actor: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            alsoActors: ("SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE")[];
            appointed: boolean;
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            deadline: components["schemas"]["cn.ecozone.regulation.Step.Deadline"];
            /** @enum {string} */
            kind: "DRAFT" | "SUBMIT" | "EXAMINE" | "PARALLEL_EXAMINE" | "PANEL" | "PUBLICITY" | "DECIDE" | "RECORD_RESULT" | "REVISE" | "PROMULGATE" | "FILE" | "ACKNOWLEDGE";
            organizationKind: string;
            requires: ("PANEL_CLOSED" | "PUBLICITY_ENDED" | "NO_BLOCKING_COMPLAINT" | "OPINION_ISSUED" | "PLATFORM_RECEIPT" | "NAMING_RECORDED" | "REPORT_COMPLETE" | "CHECK_CONCLUDED" | "PROPOSAL_DECIDED" | "GRADE_ASSIGNED" | "CASE_REVIEWED")[];
            /** @enum {string} */
            returnTo: "PREVIOUS" | "INITIATOR";
            /** @enum {string} */
            to: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
        };
        "cn.ecozone.regulation.Step.Deadline": {
            /** @enum {string} */
            counting: "NEXT_DAY" | "SAME_DAY";
            fromStep: string;
            textZh: string;
            /** Format: int32 */
            workingDays: number;
        };
        "cn.ecozone.regulation.TitleRules": {
            anniversary: components["schemas"]["cn.ecozone.regulation.TitleRules.Anniversary"];
            checks: components["schemas"]["cn.ecozone.regulation.TitleRules.Check"][];
            duties: components["schemas"]["cn.ecozone.regulation.PlanRules.Duty"][];
            enforcement: components["schemas"]["cn.ecozone.regulation.TitleRules.Enforcement"];
            sanctions: components["schemas"]["cn.ecozone.regulation.TitleRules.Sanction"][];
            validity: components["schemas"]["cn.ecozone.regulation.TitleRules.Validity"];
        };
        "cn.ecozone.regulation.TitleRules.Anniversary": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** @enum {string} */
            rule: "SAME_DATE_OR_MONTH_END";
            textZh: string;
        };
        "cn.ecozone.regulation.TitleRules.Check": {
            /** Format: int32 */
            afterYears: number;
            /** @enum {string} */
            by: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            due: components["schemas"]["cn.ecozone.regulation.TitleRules.Due"];
            /** Format: int32 */
            everyYears: number;
            /** @enum {string} */
            kind: "ANNUAL_REPORT" | "SITE_CHECK" | "POST_EVALUATION" | "ANNUAL_EVALUATION";
            paths: components["schemas"]["cn.ecozone.regulation.PlanRules.Path"][];
            textZh: string;
            /** @enum {string} */
            to: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
        };
        "cn.ecozone.regulation.TitleRules.Due": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            monthDay: string;
        };
        "cn.ecozone.regulation.TitleRules.Enforcement": {
            proposal: components["schemas"]["cn.ecozone.regulation.Step"][];
            rectification: components["schemas"]["cn.ecozone.regulation.Step"][];
            rectificationOrder: components["schemas"]["cn.ecozone.regulation.TitleRules.Measure"];
            revocation: components["schemas"]["cn.ecozone.regulation.TitleRules.Measure"];
            warning: components["schemas"]["cn.ecozone.regulation.TitleRules.Measure"];
        };
        "cn.ecozone.regulation.TitleRules.Measure": {
            /** @enum {string} */
            by: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            period: components["schemas"]["cn.ecozone.regulation.TitleRules.Period"];
            textZh: string;
        };
        "cn.ecozone.regulation.TitleRules.Period": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** Format: int32 */
            suggestedWorkingDays: number;
        };
        "cn.ecozone.regulation.TitleRules.Sanction": {
            /** @enum {string} */
            by: "SUBJECT" | "PREFECTURE_ECOLOGY_BUREAU" | "PREFECTURE_GOVERNMENT" | "PROVINCE_DEPARTMENT" | "PROVINCE_DIVISION" | "EXPERT_PANEL" | "MINISTRY" | "DELIBERATIVE_BODY" | "COMMITTEE_OFFICE";
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            code: string;
            /** @enum {string} */
            consequence: "RECTIFICATION_URGED" | "RECTIFICATION_ORDERED" | "WARNING_OR_REVOCATION" | "FEEDBACK";
            textZh: string;
        };
        "cn.ecozone.regulation.TitleRules.Validity": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            /** Format: int32 */
            years: number;
        };
        "cn.ecozone.regulation.TypicalCaseRules": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            criteria: components["schemas"]["cn.ecozone.regulation.ApplicationRules.Rule"][];
            /** Format: int32 */
            everyYears: number;
            recommenders: components["schemas"]["cn.ecozone.regulation.TypicalCaseRules.Recommenders"];
            steps: components["schemas"]["cn.ecozone.regulation.Step"][];
            textZh: string;
        };
        "cn.ecozone.regulation.TypicalCaseRules.Recommenders": {
            citation: components["schemas"]["cn.ecozone.regulation.Citation"];
            textZh: string;
            /** @enum {string} */
            who: "ANY_SUBJECT" | "TITLED";
        };
        "cn.ecozone.report.BeautifulImManagement.Overview": {
            article: string;
            consolidations: components["schemas"]["cn.ecozone.report.BimConsolidation"][];
            departmentsNote: string | null;
            received: components["schemas"]["cn.ecozone.report.BimReport"][];
            senders: components["schemas"]["cn.ecozone.report.BimSender"][];
            textZh: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.report.BeautifulImManagement.SenderStatus": {
            code: string | null;
            nameZh: string | null;
            sender: boolean;
        };
        "cn.ecozone.report.BimConsolidation": {
            /** Format: int64 */
            docxDocumentId: number;
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            madeAt: string;
            madeBy: string;
            /** Format: int64 */
            pdfDocumentId: number;
            /** Format: int32 */
            reportsIncluded: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.report.BimReport": {
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            receivedAt: string;
            receivedBy: string;
            senderCode: string;
            /** @enum {string} */
            senderKind: "LEAGUE" | "DEPARTMENT";
            senderName: string;
            text: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.report.BimSender": {
            code: string;
            /** @enum {string} */
            kind: "LEAGUE" | "DEPARTMENT";
            nameZh: string;
            uncertain: boolean;
        };
        "cn.ecozone.report.ReportSetting": {
            article: string | null;
            checkCode: string;
            checkText: string;
            dueNote: string | null;
            jurisdiction: string;
            monthDay: string | null;
            note: string | null;
            regulationCode: string;
            regulationTitle: string;
            /** Format: int32 */
            regulationVersion: number;
            /** Format: date-time */
            setAt: string | null;
            setBy: string | null;
            silent: boolean;
            suggestedMonthDay: string | null;
            uncertain: boolean;
            /** Format: int64 */
            version: number | null;
        };
        "cn.ecozone.report.ReportSetting.Change": {
            checkCode?: string;
            monthDay?: string;
            note?: string;
            regulationCode?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.report.ReportSummary": {
            currentStep: string | null;
            /** Format: date */
            dueOn: string;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            state: "OPEN" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
            subjectName: string;
            /** Format: int64 */
            titleId: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.report.ReportView": {
            article: string | null;
            attachments: components["schemas"]["cn.ecozone.report.ReportView.Attachment"][];
            checkCode: string;
            currentStep: string | null;
            dueFromSetting: boolean;
            dueNote: string | null;
            /** Format: date */
            dueOn: string;
            editable: boolean;
            /** Format: date-time */
            frozenAt: string | null;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            progress: string | null;
            projects: components["schemas"]["tools.jackson.databind.JsonNode"] | null;
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            returnReason: string | null;
            run: components["schemas"]["cn.ecozone.procedure.RunView"];
            scorecard: components["schemas"]["tools.jackson.databind.JsonNode"] | null;
            scorecardEdition: string | null;
            scorecardNote: string | null;
            /** @enum {string} */
            state: "OPEN" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
            subjectName: string;
            text: string | null;
            /** Format: int64 */
            titleId: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.report.ReportView.Attachment": {
            /** Format: date-time */
            attachedAt: string;
            /** Format: int64 */
            documentId: number;
            name: string;
        };
        "cn.ecozone.report.web.BeautifulImController.ReportRequest": {
            senderCode?: string;
            text?: string;
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.report.web.BeautifulImController.YearRequest": {
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.report.web.ReportController.ActRequest": {
            action?: string;
            opinion?: string;
            reason?: string;
            stepCode?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.report.web.ReportController.OpenRequest": {
            /** Format: int64 */
            titleId?: number;
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.report.web.ReportController.WriteRequest": {
            progress?: string;
            text?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.review.CaseExperts.Candidate": {
            conflicts: string[];
            eligible: boolean;
            fields: string[];
            /** Format: int64 */
            id: number;
            name: string;
            organization: string;
            removed: boolean;
            /** Format: int64 */
            userId: number;
        };
        "cn.ecozone.review.CriterionResult": {
            aggregated: number;
            code: string;
            max: number;
            min: number;
            spread: number;
            textZh: string;
        };
        "cn.ecozone.review.ExpertOpinion": {
            alias: string;
            opinion: string;
        };
        "cn.ecozone.review.ExpertPoolManagement.ExpertDetail": {
            employments: components["schemas"]["cn.ecozone.review.ExpertRelations.Employment"][];
            expert: components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertView"];
            integrity: components["schemas"]["cn.ecozone.review.ExpertPoolManagement.IntegrityView"][];
            plans: components["schemas"]["cn.ecozone.review.ExpertRelations.PlanPart"][];
            ties: components["schemas"]["cn.ecozone.review.ExpertRelations.Tie"][];
        };
        "cn.ecozone.review.ExpertPoolManagement.ExpertInput": {
            contact?: string;
            employments?: components["schemas"]["cn.ecozone.review.ExpertRelations.Employment"][];
            fields?: string[];
            name?: string;
            organization?: string;
            orgRegionCode?: string;
            plans?: components["schemas"]["cn.ecozone.review.ExpertRelations.PlanPart"][];
            ties?: components["schemas"]["cn.ecozone.review.ExpertRelations.Tie"][];
            title?: string;
            /** Format: int64 */
            userId?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.review.ExpertPoolManagement.ExpertView": {
            contact: string;
            fields: string[];
            /** Format: int64 */
            id: number;
            name: string;
            organization: string;
            orgRegionCode: string;
            orgRegionName: string;
            removed: boolean;
            title: string;
            /** Format: int64 */
            userId: number;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.review.ExpertPoolManagement.IntegrityInput": {
            kind?: string;
            note?: string;
            /** Format: date */
            occurredOn?: string;
        };
        "cn.ecozone.review.ExpertPoolManagement.IntegrityView": {
            /** Format: int64 */
            id: number;
            kind: string;
            note: string;
            /** Format: date */
            occurredOn: string;
            recordedBy: string;
        };
        "cn.ecozone.review.ExpertRelations.Employment": {
            draftedForCode: string;
            employer: string;
            /** Format: date */
            from: string;
            kind: string;
            regionCode: string;
            /** Format: date */
            to: string;
        };
        "cn.ecozone.review.ExpertRelations.PlanPart": {
            part: string;
            regionCode: string;
        };
        "cn.ecozone.review.ExpertRelations.Tie": {
            note: string;
            regionCode: string;
        };
        "cn.ecozone.review.PanelManagement.AliasSheet": {
            alias: string;
            opinion: string;
            scores: {
                [key: string]: number;
            };
        };
        "cn.ecozone.review.PanelManagement.ConflictView": {
            detail: string;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            expertId: number;
            expertName: string;
            /** Format: int64 */
            id: number;
            source: string;
            type: string;
        };
        "cn.ecozone.review.PanelManagement.DossierProgress": {
            currentOpening: boolean;
            currentStepCode: string;
            decision: string;
            /** Format: int64 */
            dossierId: number;
            needingReconciliation: string[];
            /** Format: int32 */
            opening: number;
            regionCode: string;
            /** Format: int32 */
            scorers: number;
            scoresOpen: boolean;
            subjectName: string;
            /** Format: int32 */
            submitted: number;
        };
        "cn.ecozone.review.PanelManagement.DossierScores": {
            /** Format: int64 */
            dossierId: number;
            needingReconciliation: string[];
            reconciliations: {
                [key: string]: string;
            };
            result: components["schemas"]["cn.ecozone.review.PanelResult"];
            sheets: components["schemas"]["cn.ecozone.review.PanelManagement.AliasSheet"][];
        };
        "cn.ecozone.review.PanelManagement.DrawInput": {
            /** Format: int32 */
            alternates?: number;
            field?: string;
            /** Format: int64 */
            roundId?: number;
            /** Format: int32 */
            size?: number;
            stepCode?: string;
        };
        "cn.ecozone.review.PanelManagement.MemberView": {
            alias: string;
            /** Format: int64 */
            expertId: number;
            how: string;
            name: string;
            organization: string;
            reason: string;
            removedKind: string;
            removedReason: string;
            seat: string;
        };
        "cn.ecozone.review.PanelManagement.PanelView": {
            aggregation: string;
            algorithm: string;
            /** Format: int32 */
            alternates: number;
            dossiers: components["schemas"]["cn.ecozone.review.PanelManagement.DossierProgress"][];
            /** Format: int32 */
            drawNo: number;
            eligible: number[];
            field: string;
            /** Format: int64 */
            id: number;
            maxPerCriterion: number;
            members: components["schemas"]["cn.ecozone.review.PanelManagement.MemberView"][];
            replacements: components["schemas"]["cn.ecozone.review.PanelManagement.ReplacementView"][];
            /** Format: int64 */
            roundId: number;
            scoringNote: string;
            /** Format: int64 */
            seed: number;
            /** Format: int32 */
            size: number;
            skipped: components["schemas"]["cn.ecozone.review.PanelManagement.SkippedView"][];
            spreadThreshold: number;
            state: string;
            stepCode: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.review.PanelManagement.ReplacementView": {
            algorithm: string;
            how: string;
            kind: string;
            reason: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            removedName: string;
            replacementName: string;
            /** Format: int64 */
            seed: number;
        };
        "cn.ecozone.review.PanelManagement.SkippedView": {
            detail: string;
            /** Format: int64 */
            expertId: number;
            name: string;
            reason: string;
        };
        "cn.ecozone.review.PanelResult": {
            aggregation: string;
            aggregationNote: string;
            closed: boolean;
            criteria: components["schemas"]["cn.ecozone.review.CriterionResult"][];
            earlierOpening: boolean;
            /** Format: int32 */
            expertCount: number;
            opinions: components["schemas"]["cn.ecozone.review.ExpertOpinion"][];
            /** Format: int64 */
            panelId: number;
            reconciliations: string[];
            stepCode: string;
            total: number;
        };
        "cn.ecozone.review.ScoringManagement.Criterion": {
            article: string;
            code: string;
            textZh: string;
        };
        "cn.ecozone.review.ScoringManagement.MyReview": {
            alias: string;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            panelId: number;
            panelState: string;
            regionCode: string;
            /** Format: int64 */
            roundId: number;
            stepCode: string;
            subjectName: string;
            submitted: boolean;
        };
        "cn.ecozone.review.ScoringManagement.SheetInput": {
            opinion?: string;
            scores?: {
                [key: string]: number;
            };
            submit?: boolean;
        };
        "cn.ecozone.review.ScoringManagement.SheetView": {
            alias: string;
            /** Format: int64 */
            dossierId: number;
            maxPerCriterion: number;
            opinion: string;
            /** Format: int64 */
            panelId: number;
            panelState: string;
            result: components["schemas"]["cn.ecozone.review.PanelResult"];
            rubric: components["schemas"]["cn.ecozone.review.ScoringManagement.Criterion"][];
            scores: {
                [key: string]: number;
            };
            scoringNote: string;
            subjectName: string;
            submitted: boolean;
        };
        "cn.ecozone.review.SubjectConflictManagement.SubjectDeclaration": {
            /** Format: date-time */
            declaredAt: string;
            declaredBy: string;
            /** Format: int64 */
            id: number;
            name: string;
            note: string;
            organization: string;
        };
        "cn.ecozone.review.SubjectConflictManagement.SubjectDeclarationInput": {
            name?: string;
            note?: string;
            organization?: string;
        };
        "cn.ecozone.review.SubjectConflictManagement.SubjectDeclarations": {
            declarations: components["schemas"]["cn.ecozone.review.SubjectConflictManagement.SubjectDeclaration"][];
            open: boolean;
        };
        "cn.ecozone.review.web.PanelController.AddRequest": {
            /** Format: int64 */
            expertId?: number;
            reason?: string;
        };
        "cn.ecozone.review.web.PanelController.CloseRequest": {
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.review.web.PanelController.DecisionRequest": {
            decision?: string;
            reason?: string;
        };
        "cn.ecozone.review.web.PanelController.ReconcileRequest": {
            criterionCode?: string;
            text?: string;
        };
        "cn.ecozone.review.web.PanelController.ReplaceRequest": {
            kind?: string;
            reason?: string;
        };
        "cn.ecozone.review.web.ScoringController.DeclareRequest": {
            note?: string;
        };
        "cn.ecozone.reward.RewardView": {
            amount: number;
            /** Format: date */
            awardedOn: string;
            /** Format: int64 */
            candidacyId: number;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: int64 */
            documentId: number | null;
            documentName: string | null;
            documentNumber: string;
            editable: boolean;
            history: components["schemas"]["cn.ecozone.reward.RewardView.Change"][];
            /** Format: int64 */
            id: number;
            issuingBody: string;
            note: string | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            subjectName: string;
            /** Format: int64 */
            titleId: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.reward.RewardView.Change": {
            /** Format: date-time */
            changedAt: string;
            changedBy: string;
            field: string;
            newValue: string | null;
            oldValue: string | null;
            reason: string | null;
        };
        "cn.ecozone.reward.TitleRewards": {
            canRecord: boolean;
            dutyArticle: string | null;
            dutyBody: string | null;
            dutyTextZh: string | null;
            regionCode: string;
            rewards: components["schemas"]["cn.ecozone.reward.RewardView"][];
            subjectName: string;
            /** Format: int64 */
            titleId: number;
        };
        "cn.ecozone.reward.web.RewardController.RewardRequest": {
            amount?: number;
            /** Format: date */
            awardedOn?: string;
            documentNumber?: string;
            issuingBody?: string;
            note?: string;
            reason?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.shared.AuditedChange.FieldChange": {
            field: string;
            newValue: string | null;
            oldValue: string | null;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.audit.AuditEntry": {
            content: components["schemas"]["cn.ecozone.audit.AuditEntry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.candidacy.CandidacyView": {
            content: components["schemas"]["cn.ecozone.candidacy.CandidacyView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.cases.CaseSummary": {
            content: components["schemas"]["cn.ecozone.cases.CaseSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.cases.PublicCase.Collection": {
            content: components["schemas"]["cn.ecozone.cases.PublicCase.Collection"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.cases.PublicCase.Summary": {
            content: components["schemas"]["cn.ecozone.cases.PublicCase.Summary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.deadline.DeadlineItem": {
            content: components["schemas"]["cn.ecozone.deadline.DeadlineItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.dossier.DossierSummary": {
            content: components["schemas"]["cn.ecozone.dossier.DossierSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.dossier.OverviewRow": {
            content: components["schemas"]["cn.ecozone.dossier.OverviewRow"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.dossier.RoundView": {
            content: components["schemas"]["cn.ecozone.dossier.RoundView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.enforcement.ProposalSummary": {
            content: components["schemas"]["cn.ecozone.enforcement.ProposalSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.enforcement.RectificationSummary": {
            content: components["schemas"]["cn.ecozone.enforcement.RectificationSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.grading.AnnualEvaluationRow": {
            content: components["schemas"]["cn.ecozone.grading.AnnualEvaluationRow"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.identity.AdminReplacement": {
            content: components["schemas"]["cn.ecozone.identity.AdminReplacement"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.identity.Organization": {
            content: components["schemas"]["cn.ecozone.identity.Organization"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.identity.UserAccount": {
            content: components["schemas"]["cn.ecozone.identity.UserAccount"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.indicator.IndicatorInboxItem": {
            content: components["schemas"]["cn.ecozone.indicator.IndicatorInboxItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.indicator.OverviewRow": {
            content: components["schemas"]["cn.ecozone.indicator.OverviewRow"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.opinion.OpinionSummary": {
            content: components["schemas"]["cn.ecozone.opinion.OpinionSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.plan.PlanSummary": {
            content: components["schemas"]["cn.ecozone.plan.PlanSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.portal.ColumnItem": {
            content: components["schemas"]["cn.ecozone.portal.ColumnItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.portal.PublicColumnItem": {
            content: components["schemas"]["cn.ecozone.portal.PublicColumnItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.procedure.InboxItem": {
            content: components["schemas"]["cn.ecozone.procedure.InboxItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.project.KeyProjectView": {
            content: components["schemas"]["cn.ecozone.project.KeyProjectView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.publicity.ComplaintView": {
            content: components["schemas"]["cn.ecozone.publicity.ComplaintView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.publicity.NoticeSummary": {
            content: components["schemas"]["cn.ecozone.publicity.NoticeSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.region.ConstructionUnit": {
            content: components["schemas"]["cn.ecozone.region.ConstructionUnit"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.registry.RegisterView": {
            content: components["schemas"]["cn.ecozone.registry.RegisterView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.report.ReportSummary": {
            content: components["schemas"]["cn.ecozone.report.ReportSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.review.ExpertPoolManagement.ExpertView": {
            content: components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.review.PanelManagement.PanelView": {
            content: components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.review.ScoringManagement.MyReview": {
            content: components["schemas"]["cn.ecozone.review.ScoringManagement.MyReview"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.reward.RewardView": {
            content: components["schemas"]["cn.ecozone.reward.RewardView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.supervision.CheckSummary": {
            content: components["schemas"]["cn.ecozone.supervision.CheckSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.supervision.CheckView.Evidence": {
            content: components["schemas"]["cn.ecozone.supervision.CheckView.Evidence"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.title.PublicTitle": {
            content: components["schemas"]["cn.ecozone.title.PublicTitle"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.title.RoundOverviewRow": {
            content: components["schemas"]["cn.ecozone.title.RoundOverviewRow"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.title.TitleView": {
            content: components["schemas"]["cn.ecozone.title.TitleView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.shared.PageResultCn.ecozone.workplan.WorkPlanSummary": {
            content: components["schemas"]["cn.ecozone.workplan.WorkPlanSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalElements: number;
        };
        "cn.ecozone.supervision.CheckSummary": {
            /** Format: date */
            anniversaryOn: string;
            checkCode: string;
            /** Format: date */
            concludedOn: string | null;
            /** Format: date */
            dueOn: string;
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "ANNUAL_REPORT" | "SITE_CHECK" | "POST_EVALUATION" | "ANNUAL_EVALUATION";
            /** Format: date */
            namedOn: string;
            /** Format: date */
            openedOn: string;
            problemsFound: boolean | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            /** Format: int64 */
            runId: number | null;
            state: string;
            subjectName: string;
            /** Format: int64 */
            titleId: number;
            /** Format: int64 */
            version: number;
        };
        "cn.ecozone.supervision.CheckView": {
            check: components["schemas"]["cn.ecozone.supervision.CheckSummary"];
            checklist: components["schemas"]["cn.ecozone.indicator.Scorecard"] | null;
            conclusion: components["schemas"]["cn.ecozone.supervision.CheckView.Conclusion"] | null;
            editionCode: string | null;
            editionNote: string | null;
            /** Format: int64 */
            evidenceCount: number;
            findings: components["schemas"]["cn.ecozone.supervision.CheckView.Finding"][];
            index: components["schemas"]["cn.ecozone.indicator.Scorecard"][];
            mayRecord: boolean;
            projects: components["schemas"]["cn.ecozone.supervision.CheckView.Project"][];
            rectification: components["schemas"]["cn.ecozone.supervision.CheckView.Suggested"];
            rule: components["schemas"]["cn.ecozone.supervision.CheckView.Rule"];
            run: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
        };
        "cn.ecozone.supervision.CheckView.Conclusion": {
            concludedBy: string;
            /** Format: date */
            concludedOn: string;
            falsificationFound: boolean;
            problemsFound: boolean;
            /** Format: int32 */
            rectificationWorkingDays: number | null;
            textZh: string;
        };
        "cn.ecozone.supervision.CheckView.Evidence": {
            /** Format: int64 */
            documentId: number;
            name: string;
            organization: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** Format: int64 */
            size: number;
            type: string;
        };
        "cn.ecozone.supervision.CheckView.Finding": {
            /** Format: int64 */
            id: number;
            indicatorCode: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            textZh: string;
        };
        "cn.ecozone.supervision.CheckView.Project": {
            /** Format: int32 */
            endYear: number | null;
            /** Format: int64 */
            id: number;
            investment: string | null;
            name: string;
            /** Format: int32 */
            startYear: number | null;
            status: string | null;
        };
        "cn.ecozone.supervision.CheckView.Rule": {
            article: string | null;
            /** Format: int32 */
            delayDays: number | null;
            noteZh: string | null;
            textZh: string | null;
            uncertain: boolean;
        };
        "cn.ecozone.supervision.CheckView.Suggested": {
            article: string | null;
            noteZh: string | null;
            uncertain: boolean;
            /** Format: int32 */
            workingDays: number | null;
        };
        "cn.ecozone.supervision.ConclusionInput": {
            falsificationFound?: boolean;
            problemsFound?: boolean;
            /** Format: int32 */
            rectificationWorkingDays?: number;
            textZh?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.supervision.FindingInput": {
            indicatorCode?: string;
            textZh?: string;
        };
        "cn.ecozone.supervision.SettingInput": {
            checkCode?: string;
            /** Format: int32 */
            delayDays?: number;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.supervision.SupervisionSetting": {
            /** Format: int32 */
            afterYears: number;
            article: string | null;
            checkCode: string;
            /** Format: int32 */
            delayDays: number;
            kind: string;
            noteZh: string | null;
            regulationCode: string;
            set: boolean;
            /** Format: date-time */
            setAt: string | null;
            setBy: string | null;
            textZh: string;
            uncertain: boolean;
            /** Format: int64 */
            version: number | null;
        };
        "cn.ecozone.title.NamingInput": {
            /** Format: date */
            decidedOn?: string;
            documentNumber?: string;
            named?: boolean;
            namingBodyZh?: string;
            reason?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.title.NamingView": {
            /** Format: date */
            decidedOn: string;
            documentNumber: string | null;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            id: number;
            named: boolean;
            namingBodyZh: string;
            reason: string | null;
            stepCode: string;
            title: components["schemas"]["cn.ecozone.title.TitleView"] | null;
        };
        "cn.ecozone.title.PlatformReceiptView": {
            /** Format: int64 */
            candidacyId: number;
            /** Format: int64 */
            documentId: number | null;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            id: number;
            receiptNumber: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
            /** Format: date */
            submittedOn: string;
        };
        "cn.ecozone.title.PublicTitle": {
            documentNumber: string;
            /** Format: date */
            namedOn: string;
            namingBodyZh: string;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            state: "VALID" | "EXPIRED" | "REVOKED";
            subjectName: string;
            validityNote: string | null;
            validityUncertain: boolean;
            /** Format: int32 */
            validityYears: number;
            /** Format: date */
            validUntil: string;
        };
        "cn.ecozone.title.ReceiptInput": {
            opinion?: string;
            receiptNumber?: string;
            /** Format: date */
            submittedOn?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.title.RoundOverviewRow": {
            blocks: string[];
            /** Format: int64 */
            candidacyId: number;
            currentStepArticle: string | null;
            currentStepCode: string | null;
            currentStepNameZh: string | null;
            /** Format: int64 */
            daysWaiting: number | null;
            /** Format: int64 */
            dossierId: number;
            dossierState: string;
            /** Format: date */
            due: string | null;
            overdue: boolean;
            receiptFile: boolean;
            receiptNumber: string | null;
            regionCode: string;
            regionName: string;
            runState: string;
            subjectName: string;
            /** Format: date */
            submittedOn: string | null;
            titleDocument: string | null;
            /** Format: date */
            waitingSince: string | null;
        };
        "cn.ecozone.title.TitleView": {
            /** Format: int64 */
            candidacyId: number;
            documentNumber: string;
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            id: number;
            /** Format: date */
            namedOn: string;
            namingBodyZh: string;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            /** @enum {string} */
            state: "VALID" | "EXPIRED" | "REVOKED";
            subjectName: string;
            validityArticle: string | null;
            validityNote: string | null;
            validityUncertain: boolean;
            /** Format: int32 */
            validityYears: number;
            /** Format: date */
            validUntil: string;
        };
        "cn.ecozone.workplan.web.WorkPlanController.ActionRequest": {
            reason?: string;
            /** Format: int64 */
            version?: number;
        };
        "cn.ecozone.workplan.web.WorkPlanController.PlanRequest": {
            funds?: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Fund"][];
            /** Format: int64 */
            planId?: number;
            /** @enum {string} */
            programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            projects?: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Project"][];
            summary?: string;
            tasks?: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Task"][];
            title?: string;
            /** Format: int64 */
            version?: number;
            /** Format: int32 */
            year?: number;
        };
        "cn.ecozone.workplan.WorkPlanRows.Fund": {
            amount: number | null;
            item: string;
            source: string | null;
        };
        "cn.ecozone.workplan.WorkPlanRows.Project": {
            /** Format: int64 */
            keyProjectId: number | null;
            name: string | null;
            note: string | null;
            plannedInvestment: number | null;
        };
        "cn.ecozone.workplan.WorkPlanRows.Task": {
            /** Format: date */
            dueOn: string | null;
            /** Format: int32 */
            quarter: number | null;
            responsibleUnit: string | null;
            /** @enum {string} */
            status: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
            task: string;
        };
        "cn.ecozone.workplan.WorkPlanSummary": {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            receiverBody: string | null;
            receiverRegionCode: string | null;
            receiverRegionName: string | null;
            receiverRole: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            state: "DRAFT" | "FILED" | "RETURNED" | "RECEIVED";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "cn.ecozone.workplan.WorkPlanView": {
            article: string | null;
            /** Format: int64 */
            documentId: number | null;
            documentName: string | null;
            /** Format: date-time */
            filedAt: string | null;
            funds: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Fund"][];
            fundTotal: number;
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            planId: number | null;
            planTitle: string | null;
            procedure: components["schemas"]["cn.ecozone.procedure.RunView"] | null;
            /** @enum {string} */
            programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            projects: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Project"][];
            /** Format: date-time */
            receivedAt: string | null;
            receiverBody: string | null;
            receiverRegionCode: string | null;
            receiverRegionName: string | null;
            receiverRole: string | null;
            regionCode: string;
            regionName: string;
            regulationCode: string;
            /** Format: int32 */
            regulationVersion: number;
            returnReason: string | null;
            /** @enum {string} */
            state: "DRAFT" | "FILED" | "RETURNED" | "RECEIVED";
            summary: string | null;
            tasks: components["schemas"]["cn.ecozone.workplan.WorkPlanRows.Task"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            year: number;
        };
        "org.springframework.security.web.csrf.CsrfToken": {
            headerName?: string;
            parameterName?: string;
            token?: string;
        };
        "org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody": unknown;
        /** @description RFC 9457 problem details with the platform's stable code */
        Problem: {
            /** @description stable machine code: validation, not-found, … */
            code: string;
            detail?: string;
            /** @description the log's id of an unexpected error */
            errorId?: string;
            errors?: {
                /** @description the field, e.g. rows[3].terrain */
                field: string;
                message: string;
            }[];
            instance?: string;
            /** Format: int32 */
            status: number;
            title?: string;
            type?: string;
        };
        "tools.jackson.databind.JsonNode": {
            array?: boolean;
            bigDecimal?: boolean;
            bigInteger?: boolean;
            binary?: boolean;
            boolean?: boolean;
            container?: boolean;
            double?: boolean;
            embeddedValue?: boolean;
            empty?: boolean;
            float?: boolean;
            floatingPointNumber?: boolean;
            int?: boolean;
            integralNumber?: boolean;
            long?: boolean;
            missingNode?: boolean;
            /** @enum {string} */
            nodeType?: "ARRAY" | "BINARY" | "BOOLEAN" | "MISSING" | "NULL" | "NUMBER" | "OBJECT" | "POJO" | "STRING";
            null?: boolean;
            number?: boolean;
            object?: boolean;
            pojo?: boolean;
            short?: boolean;
            string?: boolean;
            /** @deprecated */
            textual?: boolean;
            valueNode?: boolean;
        };
    };
    responses: {
        /** @description A refusal or an error as RFC 9457 problem+json, its detail in the request's language */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_20: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                state?: string;
                targetRole?: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.identity.AdminReplacement"];
                };
            };
        };
    };
    propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AdminReplacementController.ProposeRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.AdminReplacement"];
                };
            };
        };
    };
    approve_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AdminReplacementController.DecisionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.AdminReplacement"];
                };
            };
        };
    };
    decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AdminReplacementController.DecisionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.AdminReplacement"];
                };
            };
        };
    };
    candidates_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.AdminReplacement.Candidate"][];
                };
            };
        };
    };
    year_2: {
        parameters: {
            query: {
                page?: number;
                size?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.YearView"];
                };
            };
        };
    };
    view_17: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.EvaluationView"];
                };
            };
        };
    };
    grade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.grading.GradeInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.EvaluationView"];
                };
            };
        };
    };
    applicability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.GradingManagement.Applicability"];
                };
            };
        };
    };
    generate_1: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.AnnualReportView"];
                };
            };
        };
    };
    report_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.grading.AnnualReportView"];
                };
            };
        };
    };
    file_9: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    list_19: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                region?: string;
                size?: number;
                state?: "OPEN" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.report.ReportSummary"];
                };
            };
        };
    };
    open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.ReportController.OpenRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportView"];
                };
            };
        };
    };
    view_8: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportView"];
                };
            };
        };
    };
    update_7: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.ReportController.WriteRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportView"];
                };
            };
        };
    };
    act_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.ReportController.ActRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportView"];
                };
            };
        };
    };
    attach_7: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportView"];
                };
            };
        };
    };
    attachment_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    list_18: {
        parameters: {
            query?: {
                open?: boolean;
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                size?: number;
                sort?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.dossier.RoundView"];
                };
            };
        };
    };
    create_13: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.RoundManagement.RoundInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.RoundView"];
                };
            };
        };
    };
    export_24: {
        parameters: {
            query?: {
                open?: boolean;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                sort?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    records: {
        parameters: {
            query?: {
                action?: string;
                from?: string;
                page?: number;
                q?: string;
                size?: number;
                to?: string;
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.audit.AuditEntry"];
                };
            };
        };
    };
    export_23: {
        parameters: {
            query?: {
                action?: string;
                from?: string;
                q?: string;
                to?: string;
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.audit.web.AuditController.VerifyResponse"];
                };
            };
        };
    };
    csrf: {
        parameters: {
            query: {
                token: components["schemas"]["org.springframework.security.web.csrf.CsrfToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    email: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.web.AuthController.EmailBody"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AuthController.EmailBody"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.web.AuthController.EmailBody"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AuthController.LoginRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.web.AuthController.Me"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.web.AuthController.Me"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.AuthController.PasswordRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    consolidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.BeautifulImController.YearRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BimConsolidation"];
                };
            };
        };
    };
    file_8: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    overview_1: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BeautifulImManagement.Overview"];
                };
            };
        };
    };
    remind_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.BeautifulImController.YearRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BimSender"][];
                };
            };
        };
    };
    own: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BimReport"][];
                };
            };
        };
    };
    receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.web.BeautifulImController.ReportRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BimReport"];
                };
            };
        };
    };
    report_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BimReport"];
                };
            };
        };
    };
    sender: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.BeautifulImManagement.SenderStatus"];
                };
            };
        };
    };
    day: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.CalendarDay"];
                };
            };
        };
    };
    deadline: {
        parameters: {
            query?: {
                counting?: string;
                from?: string;
                workingDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.Deadline"];
                };
            };
        };
    };
    workingDays: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.web.CalendarController.WorkingDays"];
                };
            };
        };
    };
    years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.CalendarYear.Summary"][];
                };
            };
        };
    };
    year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.CalendarYear"];
                };
            };
        };
    };
    publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.calendar.web.CalendarController.NoticeRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.calendar.CalendarYear"];
                };
            };
        };
    };
    list_17: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                state?: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.candidacy.CandidacyView"];
                };
            };
        };
    };
    create_12: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.candidacy.web.CandidacyController.CreateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.candidacy.CandidacyView"];
                };
            };
        };
    };
    view_16: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.candidacy.CandidacyView"];
                };
            };
        };
    };
    archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody"];
                };
            };
        };
    };
    transition_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.candidacy.web.CandidacyController.TransitionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.candidacy.CandidacyView"];
                };
            };
        };
    };
    counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: number;
                    };
                };
            };
        };
    };
    export_22: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                state?: "RESERVE" | "CULTIVATING" | "PLANNING" | "APPLYING" | "TITLED" | "REVOKED" | "WITHDRAWN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_16: {
        parameters: {
            query?: {
                page?: number;
                path?: string;
                q?: string;
                regionCode?: string;
                size?: number;
                sort?: string;
                state?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.cases.CaseSummary"];
                };
            };
        };
    };
    create_11: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.CaseInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    view_7: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    update_6: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.CaseInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.CaseExperts.Candidate"][];
                };
            };
        };
    };
    act_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.CaseManagement.Decision"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    addPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    photo_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    removePhoto: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    recommend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.web.CaseController.VersionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    appoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.web.CaseController.AppointRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.CaseReviewManagement.ScoreInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.CaseView"];
                };
            };
        };
    };
    generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.cases.web.CaseController.CollectionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.PublicCase.Collection"];
                };
            };
        };
    };
    export_21: {
        parameters: {
            query?: {
                path?: string;
                q?: string;
                regionCode?: string;
                sort?: string;
                state?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mine_2: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.cases.CaseSummary"];
                };
            };
        };
    };
    mine: {
        parameters: {
            query: {
                kind?: string;
                page?: number;
                programme: string;
                q?: string;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "PENDING" | "RETURNED" | "APPROVED" | "PUBLISHED" | "WITHDRAWN";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    draft_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.portal.web.ColumnItemController.ItemRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    edit_2: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.portal.web.ColumnItemController.ItemRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    withdraw: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    approve: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    addFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    file_7: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    removeFile: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    publish_3: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    returnItem: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.portal.web.ColumnItemController.ReturnRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    submit_1: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    awaiting: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.portal.ColumnItem"];
                };
            };
        };
    };
    export_20: {
        parameters: {
            query: {
                kind?: string;
                programme: string;
                q?: string;
                sort?: string;
                state?: "DRAFT" | "PENDING" | "RETURNED" | "APPROVED" | "PUBLISHED" | "WITHDRAWN";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_15: {
        parameters: {
            query?: {
                exact?: boolean;
                kind?: "WATERSHED" | "PARK" | "VILLAGE" | "OTHER";
                page?: number;
                q?: string;
                region?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.region.ConstructionUnit"];
                };
            };
        };
    };
    create_10: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.region.web.ConstructionUnitController.CreateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.ConstructionUnit"];
                };
            };
        };
    };
    get_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.ConstructionUnit"];
                };
            };
        };
    };
    update_5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.region.web.ConstructionUnitController.UpdateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.ConstructionUnit"];
                };
            };
        };
    };
    delete_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    export_19: {
        parameters: {
            query?: {
                exact?: boolean;
                kind?: "WATERSHED" | "PARK" | "VILLAGE" | "OTHER";
                q?: string;
                region?: string;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_33: {
        parameters: {
            query?: {
                dueFrom?: string;
                dueTo?: string;
                overdue?: boolean;
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.deadline.DeadlineItem"];
                };
            };
        };
    };
    export_18: {
        parameters: {
            query?: {
                dueFrom?: string;
                dueTo?: string;
                overdue?: boolean;
                q?: string;
                sort?: string;
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_32: {
        parameters: {
            query?: {
                excludedOnly?: boolean;
                needsJudgement?: boolean;
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                regionCode?: string;
                size?: number;
                state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.dossier.OverviewRow"];
                };
            };
        };
    };
    export_17: {
        parameters: {
            query?: {
                excludedOnly?: boolean;
                needsJudgement?: boolean;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                regionCode?: string;
                state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_14: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.dossier.DossierSummary"];
                };
            };
        };
    };
    create_9: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.web.DossierController.CreateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    view_15: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    act_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.web.DossierController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    file_5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conditionCode: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.web.DossierController.AnswerRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    upload_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                materialCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    remove_1: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                documentId: number;
                id: number;
                materialCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    file_6: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.web.DossierController.VersionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    text: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                materialCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.dossier.web.DossierController.TextRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierView"];
                };
            };
        };
    };
    export_16: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                sort?: string;
                state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN" | "ACCEPTED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_31: {
        parameters: {
            query?: {
                code?: string;
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                search?: string;
                size?: number;
                sort?: string;
                state?: "OPEN" | "ACTED" | "DISMISSED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.enforcement.ProposalSummary"];
                };
            };
        };
    };
    view_14: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.ProposalView"];
                };
            };
        };
    };
    decide_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.enforcement.Decision"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.ProposalView"];
                };
            };
        };
    };
    export_15: {
        parameters: {
            query?: {
                code?: string;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                sort?: string;
                state?: "OPEN" | "ACTED" | "DISMISSED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ofTitle_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationSummary"][];
                };
            };
        };
    };
    evaluate: {
        parameters: {
            query: {
                edition: string;
                region: string;
                unit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.Scorecard"];
                };
            };
        };
    };
    scorecard: {
        parameters: {
            query: {
                edition: string;
                region: string;
                unit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ranking: {
        parameters: {
            query: {
                edition: string;
                parent: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EvaluationManagement.Ranked"][];
                };
            };
        };
    };
    ranking_1: {
        parameters: {
            query: {
                edition: string;
                parent: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    summary: {
        parameters: {
            query: {
                edition: string;
                parent: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    trend: {
        parameters: {
            query: {
                edition: string;
                from: number;
                indicator: string;
                region: string;
                to: number;
                unit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EvaluationManagement.TrendPoint"][];
                };
            };
        };
    };
    list_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.ExclusionSetting"][];
                };
            };
        };
    };
    change_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.registry.ExclusionSetting.Change"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.ExclusionSetting"];
                };
            };
        };
    };
    preview: {
        parameters: {
            query: {
                asOf?: string;
                programme: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                regionCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.ExclusionReport"];
                };
            };
        };
    };
    pack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_13: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"][];
                };
            };
        };
    };
    create_8: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.EditionEditorController.CreateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.EditionEditorController.ReviseRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    delete_1: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    putIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                indicator: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.EditionEditorController.IndicatorRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    removeIndicator: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                code: string;
                indicator: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    publish_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.EditionEditorController.VersionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    importWorkbook_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    template_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    editions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.web.IndicatorController.EditionSummary"][];
                };
            };
        };
    };
    edition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.web.IndicatorController.EditionDetail"];
                };
            };
        };
    };
    definition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EditionView"];
                };
            };
        };
    };
    workbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    applicable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.web.ApplicableEditionController.Applicable"];
                };
            };
        };
    };
    export_14: {
        parameters: {
            query: {
                edition: string;
                region: string[];
                years: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorExcelManagement.Started"];
                };
            };
        };
    };
    status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorExcelManagement.ImportStatus"];
                };
            };
        };
    };
    template_2: {
        parameters: {
            query: {
                edition: string;
                regions?: string[];
                years: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    overview: {
        parameters: {
            query: {
                edition: string;
                page?: number;
                parent?: string;
                size?: number;
                state?: "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "RETURNED" | "CONFIRMED";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorOverview"];
                };
            };
        };
    };
    confirm_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.ConfirmRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.ReviewOutcome"][];
                };
            };
        };
    };
    remind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.RemindRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.ReminderOutcome"][];
                };
            };
        };
    };
    publishReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edition: string;
                indicator: string;
                province: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.IndicatorController.ReferenceRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    review: {
        parameters: {
            query: {
                edition: string;
                region: string;
                unit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorReview"];
                };
            };
        };
    };
    transition: {
        parameters: {
            query?: {
                unit?: number;
            };
            header?: never;
            path: {
                edition: string;
                region: string;
                transition: "SUBMIT" | "CONFIRM" | "RETURN" | "REOPEN";
                year: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.IndicatorReviewController.ReasonRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorYear"];
                };
            };
        };
    };
    inbox_2: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.indicator.IndicatorInboxItem"];
                };
            };
        };
    };
    targetKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.web.EditionEditorController.TargetKind"][];
                };
            };
        };
    };
    year_1: {
        parameters: {
            query: {
                edition: string;
                region: string;
                unit?: number;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorYear"];
                };
            };
        };
    };
    enter: {
        parameters: {
            query?: {
                unit?: number;
            };
            header?: never;
            path: {
                edition: string;
                indicator: string;
                region: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.IndicatorController.ValueRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.IndicatorYear.Value"];
                };
            };
        };
    };
    list_12: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                removed?: boolean;
                size?: number;
                sort?: string;
                type?: string;
                unit?: number;
            };
            header?: never;
            path: {
                edition: string;
                indicator: string;
                region: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.EvidenceManagement.EvidencePage"];
                };
            };
        };
    };
    attach_6: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edition: string;
                indicator: string;
                region: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.Evidence"];
                };
            };
        };
    };
    download: {
        parameters: {
            query?: {
                unit?: number;
            };
            header?: never;
            path: {
                edition: string;
                id: number;
                indicator: string;
                region: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    remove: {
        parameters: {
            query?: {
                unit?: number;
            };
            header?: never;
            path: {
                edition: string;
                id: number;
                indicator: string;
                region: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.indicator.web.EvidenceController.RemovalRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.Evidence"];
                };
            };
        };
    };
    list_11: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                status?: "PLANNED" | "UNDER_CONSTRUCTION" | "COMPLETED" | "SUSPENDED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.project.KeyProjectView"];
                };
            };
        };
    };
    create_7: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.project.web.KeyProjectController.ProjectRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.project.KeyProjectView"];
                };
            };
        };
    };
    view_6: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.project.KeyProjectView"];
                };
            };
        };
    };
    update_4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.project.web.KeyProjectController.ProjectRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.project.KeyProjectView"];
                };
            };
        };
    };
    delete: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    export_13: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                status?: "PLANNED" | "UNDER_CONSTRUCTION" | "COMPLETED" | "SUSPENDED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    fromPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.project.KeyProjectView"][];
                };
            };
        };
    };
    name: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.title.NamingInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.title.NamingView"];
                };
            };
        };
    };
    list_30: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.notification.NotificationPage"];
                };
            };
        };
    };
    read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: number;
                    };
                };
            };
        };
    };
    list_10: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                roundId?: number;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "ISSUED";
                stepCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.opinion.OpinionSummary"];
                };
            };
        };
    };
    create_6: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.opinion.web.OpinionController.Create"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    view_5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    edit_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.opinion.OpinionManagement.Edit"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    completeSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.opinion.web.OpinionController.Complete"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    file_4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.opinion.web.OpinionController.Versioned"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.opinion.web.OpinionController.Versioned"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.opinion.OpinionView"];
                };
            };
        };
    };
    export_12: {
        parameters: {
            query?: {
                q?: string;
                roundId?: number;
                sort?: string;
                state?: "DRAFT" | "ISSUED";
                stepCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    steps: {
        parameters: {
            query: {
                roundId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string[];
                };
            };
        };
    };
    list_9: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                region?: string;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.identity.Organization"];
                };
            };
        };
    };
    create_5: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.OrganizationController.OrganizationRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.Organization"];
                };
            };
        };
    };
    update_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.OrganizationController.OrganizationRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.Organization"];
                };
            };
        };
    };
    exportOrganizations: {
        parameters: {
            query?: {
                q?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    tree: {
        parameters: {
            query?: {
                organization?: number;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.OrganizationNode"][];
                };
            };
        };
    };
    list_8: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "IN_PROGRESS" | "RETURNED" | "FILED" | "IN_FORCE" | "EXPIRED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.plan.PlanSummary"];
                };
            };
        };
    };
    create_4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.plan.web.PlanController.HeaderRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    view_4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.plan.web.PlanController.HeaderRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    act: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.plan.web.PlanController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    setOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.plan.web.PlanController.ContentRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    document_2: {
        parameters: {
            query?: {
                documentId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    attach_5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    promulgate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.plan.PlanView"];
                };
            };
        };
    };
    export_11: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                sort?: string;
                state?: "DRAFT" | "IN_PROGRESS" | "RETURNED" | "FILED" | "IN_FORCE" | "EXPIRED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inbox_1: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.plan.PlanSummary"];
                };
            };
        };
    };
    regulations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.regulation.RegulationSummary"][];
                };
            };
        };
    };
    receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.title.PlatformReceiptView"];
                };
            };
        };
    };
    record_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.title.ReceiptInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.title.PlatformReceiptView"];
                };
            };
        };
    };
    receiptFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    recordWithDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.title.PlatformReceiptView"];
                };
            };
        };
    };
    run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.procedure.RunView"];
                };
            };
        };
    };
    inbox: {
        parameters: {
            query?: {
                due?: "OVERDUE" | "SOON" | "NONE";
                overdue?: boolean;
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                regulation?: string;
                size?: number;
                sort?: string;
                stepKind?: "DRAFT" | "SUBMIT" | "EXAMINE" | "PARALLEL_EXAMINE" | "PANEL" | "PUBLICITY" | "DECIDE" | "RECORD_RESULT" | "REVISE" | "PROMULGATE" | "FILE" | "ACKNOWLEDGE";
                subjectType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.procedure.InboxItem"];
                };
            };
        };
    };
    exportInbox: {
        parameters: {
            query?: {
                due?: "OVERDUE" | "SOON" | "NONE";
                overdue?: boolean;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                regulation?: string;
                sort?: string;
                stepKind?: "DRAFT" | "SUBMIT" | "EXAMINE" | "PARALLEL_EXAMINE" | "PANEL" | "PUBLICITY" | "DECIDE" | "RECORD_RESULT" | "REVISE" | "PROMULGATE" | "FILE" | "ACKNOWLEDGE";
                subjectType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    progress_1: {
        parameters: {
            query: {
                baseYear?: number;
                edition: string;
                region: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.indicator.ProgressManagement.Report"];
                };
            };
        };
    };
    collections: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.cases.PublicCase.Collection"];
                };
            };
        };
    };
    collection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    list_29: {
        parameters: {
            query?: {
                page?: number;
                path?: string;
                q?: string;
                regionCode?: string;
                size?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.cases.PublicCase.Summary"];
                };
            };
        };
    };
    view_13: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.cases.PublicCase"];
                };
            };
        };
    };
    photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    file_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    column: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                programme: string;
                region: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.PublicColumn"];
                };
            };
        };
    };
    track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.Tracking"];
                };
            };
        };
    };
    attach_4: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.Tracking"];
                };
            };
        };
    };
    index: {
        parameters: {
            query?: {
                current?: boolean;
                page?: number;
                q?: string;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.publicity.NoticeSummary"];
                };
            };
        };
    };
    notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.PublicNotice"];
                };
            };
        };
    };
    complain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.ComplaintInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintReceipt"];
                };
            };
        };
    };
    planText: {
        parameters: {
            query?: {
                documentId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.PortalHome"];
                };
            };
        };
    };
    progress: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
            };
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.portal.PublicProgress"];
                };
            };
        };
    };
    publicList: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                size?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.title.PublicTitle"];
                };
            };
        };
    };
    list_28: {
        parameters: {
            query?: {
                noticeId?: number;
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                state?: "RECEIVED" | "INVESTIGATING" | "FOUND";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    view_12: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    delegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.ComplaintController.Version"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    evidence_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.FindingInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    investigate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.ComplaintController.Version"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.ComplaintView"];
                };
            };
        };
    };
    export_10: {
        parameters: {
            query?: {
                noticeId?: number;
                q?: string;
                sort?: string;
                state?: "RECEIVED" | "INVESTIGATING" | "FOUND";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_7: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                roundId?: number;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "PUBLISHED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.publicity.NoticeSummary"];
                };
            };
        };
    };
    draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.NoticeInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    view_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    update_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.NoticeController.Update"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.NoticeController.Version"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    correct_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.NoticeController.Correction"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    publish_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.NoticeController.Version"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.NoticeView"];
                };
            };
        };
    };
    export_9: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                roundId?: number;
                sort?: string;
                state?: "DRAFT" | "PUBLISHED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    period: {
        parameters: {
            query: {
                endsOn?: string;
                publishedOn: string;
                roundId: number;
                stepCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.PeriodPreview"];
                };
            };
        };
    };
    setting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.SettingView"];
                };
            };
        };
    };
    set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.publicity.web.ComplaintController.Setting"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.publicity.SettingView"];
                };
            };
        };
    };
    waiting: {
        parameters: {
            query: {
                roundId: number;
                stepCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierAtStep"][];
                };
            };
        };
    };
    list_27: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                sort?: string;
                state?: "OPEN" | "OVERDUE" | "COMPLETED" | "ESCALATED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.enforcement.RectificationSummary"];
                };
            };
        };
    };
    view_11: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationView"];
                };
            };
        };
    };
    accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.enforcement.web.RectificationController.Act"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationView"];
                };
            };
        };
    };
    upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationView"];
                };
            };
        };
    };
    document_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.enforcement.web.RectificationController.Report"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationView"];
                };
            };
        };
    };
    returnWithReason_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.enforcement.web.RectificationController.Act"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.enforcement.RectificationView"];
                };
            };
        };
    };
    export_8: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                sort?: string;
                state?: "OPEN" | "OVERDUE" | "COMPLETED" | "ESCALATED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importWorkbook_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.RegionAttributeImportManagement.Imported"];
                };
            };
        };
    };
    template_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_26: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.web.RegionController.RegionResponse"][];
                };
            };
        };
    };
    get_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.web.RegionController.RegionResponse"];
                };
            };
        };
    };
    updateAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.region.web.RegionController.AttributesRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.web.RegionController.RegionResponse"];
                };
            };
        };
    };
    children: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.web.RegionController.RegionResponse"][];
                };
            };
        };
    };
    descendants: {
        parameters: {
            query: {
                level: "PROVINCE" | "PREFECTURE" | "COUNTY" | "TOWNSHIP";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.region.web.RegionController.RegionResponse"][];
                };
            };
        };
    };
    list_6: {
        parameters: {
            query?: {
                from?: string;
                kind?: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
                page?: number;
                q?: string;
                region?: string;
                size?: number;
                state?: "PENDING" | "CONFIRMED" | "REJECTED";
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    create_3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.registry.web.RecordRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    view_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    correct_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.registry.web.RecordRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    attach_3: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.registry.web.RegisterController.DecisionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.registry.web.RegisterController.DecisionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.RegisterView"];
                };
            };
        };
    };
    export_7: {
        parameters: {
            query: {
                from?: string;
                kind: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
                q?: string;
                region?: string;
                state?: "PENDING" | "CONFIRMED" | "REJECTED";
                to?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importWorkbook_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    rates: {
        parameters: {
            query: {
                region?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.registry.PetitionRateView"];
                };
            };
        };
    };
    template: {
        parameters: {
            query: {
                kind: "INSPECTION_FINDING" | "INCIDENT" | "SANCTION" | "FOREST_CASE" | "PETITION" | "KEY_TASK" | "ECO_QUALITY" | "DATA_FALSIFICATION";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_25: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.regulation.RegulationSummary"][];
                };
            };
        };
    };
    get_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.regulation.Regulation"];
                };
            };
        };
    };
    list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportSetting"][];
                };
            };
        };
    };
    change_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.report.ReportSetting.Change"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.report.ReportSetting"];
                };
            };
        };
    };
    declarations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.SubjectConflictManagement.SubjectDeclarations"];
                };
            };
        };
    };
    declare_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.SubjectConflictManagement.SubjectDeclarationInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_5: {
        parameters: {
            query?: {
                field?: string;
                page?: number;
                q?: string;
                removed?: boolean;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.review.ExpertPoolManagement.ExpertView"];
                };
            };
        };
    };
    create_2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertDetail"];
                };
            };
        };
    };
    detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertDetail"];
                };
            };
        };
    };
    change_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertDetail"];
                };
            };
        };
    };
    integrity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.IntegrityInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ExpertPoolManagement.ExpertDetail"];
                };
            };
        };
    };
    export_6: {
        parameters: {
            query?: {
                field?: string;
                q?: string;
                removed?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importWorkbook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    mine_1: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.review.ScoringManagement.MyReview"];
                };
            };
        };
    };
    dossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                panelId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.dossier.DossierForReview.Reading"];
                };
            };
        };
    };
    declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                panelId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.ScoringController.DeclareRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    file_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                dossierId: number;
                panelId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                panelId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ScoringManagement.SheetView"];
                };
            };
        };
    };
    save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                panelId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.ScoringManagement.SheetInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.ScoringManagement.SheetView"];
                };
            };
        };
    };
    list_4: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                roundId?: number;
                size?: number;
                sort?: string;
                state?: string;
                stepCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    draw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.PanelManagement.DrawInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    view_10: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.PanelController.CloseRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    detect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.ConflictView"][];
                };
            };
        };
    };
    conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.ConflictView"][];
                };
            };
        };
    };
    pin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conflictId: number;
                dossierId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.ConflictView"][];
                };
            };
        };
    };
    decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.PanelController.DecisionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    reconcile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.PanelController.ReconcileRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.DossierScores"];
                };
            };
        };
    };
    scores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.DossierScores"];
                };
            };
        };
    };
    add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.PanelController.AddRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                expertId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.review.web.PanelController.ReplaceRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.review.PanelManagement.PanelView"];
                };
            };
        };
    };
    export_5: {
        parameters: {
            query?: {
                q?: string;
                roundId?: number;
                sort?: string;
                state?: string;
                stepCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_24: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.reward.RewardView"];
                };
            };
        };
    };
    view_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.reward.RewardView"];
                };
            };
        };
    };
    correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.reward.web.RewardController.RewardRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.reward.RewardView"];
                };
            };
        };
    };
    document_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    attach_2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.reward.RewardView"];
                };
            };
        };
    };
    export_4: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_23: {
        parameters: {
            query?: {
                overdueOnly?: boolean;
                page?: number;
                q?: string;
                regionCode?: string;
                size?: number;
                stepCode?: string;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.title.RoundOverviewRow"];
                };
            };
        };
    };
    export_3: {
        parameters: {
            query?: {
                overdueOnly?: boolean;
                q?: string;
                regionCode?: string;
                stepCode?: string;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.SecuritySettings"];
                };
            };
        };
    };
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.SecuritySettings"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.SecuritySettings"];
                };
            };
        };
    };
    list_22: {
        parameters: {
            query?: {
                kind?: "ANNUAL_REPORT" | "SITE_CHECK" | "POST_EVALUATION" | "ANNUAL_EVALUATION";
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                size?: number;
                sort?: string;
                state?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.supervision.CheckSummary"];
                };
            };
        };
    };
    view_9: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.CheckView"];
                };
            };
        };
    };
    conclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.supervision.ConclusionInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.CheckView"];
                };
            };
        };
    };
    evidence: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                type?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.supervision.CheckView.Evidence"];
                };
            };
        };
    };
    attach_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.CheckView"];
                };
            };
        };
    };
    file_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    addFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.supervision.FindingInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.CheckView"];
                };
            };
        };
    };
    removeFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                findingId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.CheckView"];
                };
            };
        };
    };
    export_2: {
        parameters: {
            query?: {
                kind?: "ANNUAL_REPORT" | "SITE_CHECK" | "POST_EVALUATION" | "ANNUAL_EVALUATION";
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                sort?: string;
                state?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.SupervisionSetting"][];
                };
            };
        };
    };
    putSetting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.supervision.SettingInput"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.supervision.SupervisionSetting"][];
                };
            };
        };
    };
    list_21: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                size?: number;
                sort?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.title.TitleView"];
                };
            };
        };
    };
    ofTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.reward.TitleRewards"];
                };
            };
        };
    };
    record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.reward.web.RewardController.RewardRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.reward.RewardView"];
                };
            };
        };
    };
    export_1: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                regionCode?: string;
                sort?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_3: {
        parameters: {
            query?: {
                enabled?: boolean;
                organization?: number;
                page?: number;
                q?: string;
                region?: string;
                role?: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.identity.UserAccount"];
                };
            };
        };
    };
    create_1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.UserController.CreateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.UserAccount"];
                };
            };
        };
    };
    update_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.UserController.UpdateRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.identity.UserAccount"];
                };
            };
        };
    };
    disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.UserController.StatusRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.UserController.StatusRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.identity.web.UserController.ResetRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportUsers: {
        parameters: {
            query?: {
                enabled?: boolean;
                organization?: number;
                q?: string;
                region?: string;
                role?: "SYSTEM_ADMIN" | "SECURITY_ADMIN" | "AUDIT_ADMIN" | "PROVINCE_STAFF" | "DIVISION_REVIEWER" | "PREFECTURE_STAFF" | "PREFECTURE_GOVERNMENT" | "COUNTY_GOVERNMENT" | "CONSTRUCTION_SUBJECT" | "COMMITTEE_OFFICE" | "EXPERT";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    list_2: {
        parameters: {
            query?: {
                page?: number;
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                size?: number;
                sort?: string;
                state?: "DRAFT" | "FILED" | "RETURNED" | "RECEIVED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.shared.PageResultCn.ecozone.workplan.WorkPlanSummary"];
                };
            };
        };
    };
    create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.PlanRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.PlanRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    returnWithReason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    withdraw_1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cn.ecozone.workplan.web.WorkPlanController.ActionRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["cn.ecozone.workplan.WorkPlanView"];
                };
            };
        };
    };
    export: {
        parameters: {
            query?: {
                programme?: "ECO_CIVILIZATION_ZONE" | "TWO_MOUNTAINS_BASE" | "TWO_MOUNTAINS_AREA";
                q?: string;
                region?: string;
                sort?: string;
                state?: "DRAFT" | "FILED" | "RETURNED" | "RECEIVED";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Problem"];
            "5XX": components["responses"]["Problem"];
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
