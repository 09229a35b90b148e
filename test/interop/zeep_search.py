"""
A search session through zeep (Debian's python3-zeep, strict mode) against a running Billwire: it adds a
customer, an item and twelve invoices with addList, runs a TransactionSearchBasic (entity anyOf, tranDate
within, a custom field filter) with searchPreferences pageSize 5, walks the result with searchMoreWithId
(in order, then page 2 again), runs a TransactionSearchAdvanced with columns, lists the deletes with
getDeleted, and prints what zeep saw as one JSON object. test/interop/search.test.ts checks it.

Every call signs a fresh tokenPassport (HMAC-SHA256 over account&consumerKey&token&nonce&timestamp, key
consumerSecret&tokenSecret); every object is built from the served WSDL's types, so zeep writes xsi:type.

Usage: zeep_search.py WSDL_URL ACCOUNT CONSUMER_KEY CONSUMER_SECRET TOKEN_ID TOKEN_SECRET
"""
import datetime
import json
import sys

from zeep_session import ZeepSession

nz = ZeepSession(sys.argv)
t, call, status = nz.t, nz.call, nz.status
RecordRef, CORE, COMMON, SALES, REL, ACCT = nz.RecordRef, nz.CORE, nz.COMMON, nz.SALES, nz.REL, nz.ACCT


def search_preferences(page_size, body_fields_only=True):
    return nz.header("searchPreferences", bodyFieldsOnly=body_fields_only, returnSearchColumns=True, pageSize=page_size)


def page_of(result):
    records = result.recordList.record if result.recordList is not None else []
    return {
        "status": status(result.status),
        "totalRecords": result.totalRecords,
        "pageSize": result.pageSize,
        "totalPages": result.totalPages,
        "pageIndex": result.pageIndex,
        "classes": sorted({type(r).__name__ for r in records}),
        "ids": [r.internalId for r in records],
    }


PST = datetime.timezone(datetime.timedelta(hours=-8))
out = {}

customer = call("add", record=t(REL, "Customer")(companyName="Zeep Search Co")).writeResponse.baseRef.internalId
item = call("add", record=t(ACCT, "ServiceSaleItem")(itemId="Zeep search hours", rate=50.0)).writeResponse.baseRef.internalId
invoices = [
    t(SALES, "Invoice")(
        entity=RecordRef(internalId=customer),
        tranDate=datetime.datetime(2024, 5, n + 1, tzinfo=PST),
        memo="zeep search %d" % n,
        itemList=t(SALES, "InvoiceItemList")(item=[t(SALES, "InvoiceItem")(item=RecordRef(internalId=item), quantity=n + 1)]),
        customFieldList=t(CORE, "CustomFieldList")(
            customField=[t(CORE, "StringCustomFieldRef")(scriptId="custbody_channel", value="zeep" if n % 2 == 0 else "web")]
        ),
    )
    for n in range(12)
]
wl = call("addList", record=invoices).writeResponseList
out["added"] = [x.baseRef.internalId for x in wl.writeResponse]

Basic = t(COMMON, "TransactionSearchBasic")
criteria = Basic(
    entity=t(CORE, "SearchMultiSelectField")(searchValue=[RecordRef(internalId=customer)], operator="anyOf"),
    tranDate=t(CORE, "SearchDateField")(
        searchValue=datetime.datetime(2024, 5, 1, tzinfo=PST),
        searchValue2=datetime.datetime(2024, 5, 31, tzinfo=PST),
        operator="within",
    ),
)
first = call("search", headers=[search_preferences(5)], searchRecord=criteria).searchResult
out["search"] = page_of(first)
out["searchId"] = first.searchId

pages = [page_of(first)]
for p in range(2, (first.totalPages or 0) + 1):
    pages.append(page_of(call("searchMoreWithId", headers=[search_preferences(5)], searchId=first.searchId, pageIndex=p).searchResult))
out["walk"] = pages
out["again2"] = page_of(call("searchMoreWithId", searchId=first.searchId, pageIndex=2).searchResult)
out["beyond"] = page_of(call("searchMoreWithId", searchId=first.searchId, pageIndex=99).searchResult)

custom = Basic(
    entity=t(CORE, "SearchMultiSelectField")(searchValue=[RecordRef(internalId=customer)], operator="anyOf"),
    customFieldList=t(CORE, "SearchCustomFieldList")(
        customField=[t(CORE, "SearchStringCustomField")(scriptId="custbody_channel", searchValue="web", operator="is")]
    ),
)
out["custom"] = page_of(call("search", searchRecord=custom).searchResult)

Row = t(SALES, "TransactionSearchRow")
RowBasic = t(COMMON, "TransactionSearchRowBasic")
advanced = t(SALES, "TransactionSearchAdvanced")(
    criteria=t(SALES, "TransactionSearch")(basic=criteria),
    columns=Row(
        basic=RowBasic(
            internalId=[t(CORE, "SearchColumnSelectField")()],
            tranDate=[t(CORE, "SearchColumnDateField")()],
            amount=[t(CORE, "SearchColumnDoubleField")()],
        )
    ),
)
rows = call("search", headers=[search_preferences(5)], searchRecord=advanced).searchResult
out["advanced"] = {
    "status": status(rows.status),
    "totalRecords": rows.totalRecords,
    "classes": sorted({type(r).__name__ for r in rows.searchRowList.searchRow}),
    "first": [
        rows.searchRowList.searchRow[0].basic.internalId[0].searchValue.internalId,
        rows.searchRowList.searchRow[0].basic.tranDate[0].searchValue.isoformat(),
        rows.searchRowList.searchRow[0].basic.amount[0].searchValue,
    ],
}

victim = out["added"][0]
call("delete", baseRef=RecordRef(internalId=victim, type="invoice"))
deleted = call(
    "getDeleted",
    getDeletedFilter=t(CORE, "GetDeletedFilter")(type=t(CORE, "SearchEnumMultiSelectField")(searchValue=["invoice"], operator="anyOf")),
    pageIndex=1,
).getDeletedResult
out["getDeleted"] = {
    "status": status(deleted.status),
    "records": [[d.record.type, d.record.internalId] for d in deleted.deletedRecordList.deletedRecord],
}

print(json.dumps(out, default=str))
