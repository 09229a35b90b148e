"""
A client's async loop through zeep (Debian's python3-zeep) in strict mode, against a running Billwire:
asyncAddList, then checkAsyncStatus until the job has finished, then getAsyncResult; asyncGetList the same
way; and the AsyncFault of an unknown job id. A fresh tokenPassport is signed for every call (HMAC-SHA256
over account&consumerKey&token&nonce&timestamp, key consumerSecret&tokenSecret). Prints what zeep saw as
one JSON object; test/interop/async.test.ts runs it and checks the result.

Usage: zeep_async.py WSDL_URL ACCOUNT CONSUMER_KEY CONSUMER_SECRET TOKEN_ID TOKEN_SECRET [VERSION]
"""
import json
import sys
import time

import zeep.exceptions

from zeep_session import ZeepSession

nz = ZeepSession(sys.argv)
t, call, status, ref = nz.t, nz.call, nz.status, nz.ref
CORE, FAULTS, SALES, REL, ACCT = nz.CORE, nz.FAULTS, nz.SALES, nz.REL, nz.ACCT


def wait(job_id):
    """The polling loop every NetSuite integration has."""
    seen = []
    for _ in range(1500):
        s = call("checkAsyncStatus", jobId=job_id).asyncStatusResult
        seen.append(s.status)
        if s.status in ("finished", "finishedWithErrors", "failed"):
            return seen, s
        time.sleep(0.02)
    raise RuntimeError("job %s did not finish" % job_id)


def invoice(customer, item, external_id, rate):
    return t(SALES, "Invoice")(
        externalId=external_id,
        entity=ref(customer),
        itemList=t(SALES, "InvoiceItemList")(item=[t(SALES, "InvoiceItem")(item=ref(item), quantity=2, rate=rate)]),
    )


out = {}
customer = call("add", record=t(REL, "Customer")(companyName="Zeep Async Co")).writeResponse.baseRef.internalId
item = call("add", record=t(ACCT, "ServiceSaleItem")(itemId="Zeep async hours", rate=50.0)).writeResponse.baseRef.internalId

records = [invoice(customer, item, "ZA-1", "10.00"), invoice("987654", item, "ZA-2", "20.00"), invoice(customer, item, "ZA-3", "30.00")]
submitted = call("asyncAddList", record=records).asyncStatusResult
out["submit"] = {
    "class": type(submitted).__name__,
    "status": submitted.status,
    "percentCompleted": submitted.percentCompleted,
    "jobIdPrefix": submitted.jobId.split("_")[0],
}
seen, final = wait(submitted.jobId)
out["statuses"] = sorted(set(seen), key=seen.index)
out["final"] = {"status": final.status, "percentCompleted": final.percentCompleted, "estRemainingDuration": final.estRemainingDuration}
result = call("getAsyncResult", jobId=submitted.jobId, pageIndex=1).asyncResult
out["addResult"] = {
    "class": type(result).__name__,
    "statuses": [status(w.status) for w in result.writeResponseList.writeResponse],
    "externalIds": [w.baseRef.externalId if w.baseRef is not None else None for w in result.writeResponseList.writeResponse],
}

got = call("asyncGetList", baseRef=[ref(external_id="ZA-1", type_="invoice"), ref(external_id="ZA-2", type_="invoice")]).asyncStatusResult
wait(got.jobId)
result = call("getAsyncResult", jobId=got.jobId, pageIndex=1).asyncResult
out["getResult"] = {
    "class": type(result).__name__,
    "statuses": [status(r.status) for r in result.readResponseList.readResponse],
    "totals": [r.record.total if r.record is not None else None for r in result.readResponseList.readResponse],
}

try:
    call("checkAsyncStatus", jobId="ASYNCWEBSERVICES_%s_01012024000000000000000000_deadbeef" % nz.account)
    out["unknownJob"] = None
except zeep.exceptions.Fault as e:
    code = e.detail.find(".//{%s}code" % FAULTS) if e.detail is not None else None
    out["unknownJob"] = {"message": e.message, "code": code.text if code is not None else None}

print(json.dumps(out, default=str))
