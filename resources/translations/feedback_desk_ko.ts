<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddFeedbackDialog</name>
    <message>
        <source>Add feedback</source>
        <translation>피드백 추가</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>별점 없음</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>묻지 않음</translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend?” from 0 to 10: this is what the Net Promoter Score is made of.</source>
        <translation>“저희 가게를 친구에게 추천하실 가능성은 얼마나 되나요?” 0점부터 10점까지: 순추천지수(NPS)는 이 질문으로 계산합니다.</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>고객이 뭐라고 했나요?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>How it reached you</source>
        <translation>들어온 경로</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Would recommend (0-10)</source>
        <translation>추천 점수 (0-10)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Write down what the customer said, or their score.</source>
        <translation>고객이 한 말이나 점수를 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>A copy is made before every import and every update, and once a day while Feedback Desk is open. The last 7 days, 4 weeks and 12 months are kept; the ones you make are never deleted.</source>
        <translation>가져오기와 업데이트 전마다, 그리고 Feedback Desk가 열려 있는 동안 하루에 한 번 사본을 만듭니다. 최근 7일, 4주, 12개월치를 보관하며, 직접 만든 백업은 지우지 않습니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>지금 백업...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>복원...</translation>
    </message>
    <message>
        <source>Move database...</source>
        <translation>데이터베이스 옮기기...</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>아직 백업이 없습니다</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Feedback Desk database (*.db)</source>
        <translation>Feedback Desk 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>백업을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>{0}에 백업했습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Restore the backup of {0}?</source>
        <translation>{0} 백업을 복원할까요?</translation>
    </message>
    <message>
        <source>Your feedback will be as it was on {0}; what was added or changed since will not be in it. The current database is backed up first (as “Before a restore”), so you can go back to it. Feedback Desk reopens the database when it is done.</source>
        <translation>피드백이 {0} 시점으로 돌아가며, 그 뒤에 추가하거나 바꾼 내용은 빠집니다. 지금 데이터베이스는 먼저 백업해 두므로(“복원 전”) 언제든 되돌릴 수 있습니다. 복원이 끝나면 Feedback Desk가 데이터베이스를 다시 엽니다.</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>데이터베이스를 옮길 위치</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>데이터베이스 옮기기</translation>
    </message>
    <message>
        <source>There is already a {0} in {1}. Choose another folder: Feedback Desk never writes over a database.</source>
        <translation>{1}에 이미 {0} 파일이 있습니다. 다른 폴더를 고르세요. Feedback Desk는 기존 데이터베이스를 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Move the database and its backups to {0}? Feedback Desk will open it there from now on. The old file stays where it is, renamed, until you delete it.</source>
        <translation>데이터베이스와 백업을 {0}(으)로 옮길까요? 앞으로는 그곳에서 엽니다. 원래 파일은 이름만 바뀐 채 그 자리에 남아 있으니, 필요 없으면 직접 지우세요.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>No feedback in this period</source>
        <translation>이 기간에는 피드백이 없습니다</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 지우기</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%Ln backups still hold them</source>
        <translation>
            <numerusform>백업 %Ln개에 아직 남아 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln feedback items, with everything kept about them, to {file}.</source>
        <translation>
            <numerusform>피드백 %Ln건을 모든 관련 내용과 함께 {file}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read.</source>
        <translation>
            <numerusform>%Ln개 행을 읽을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows are already there and will be passed over.</source>
        <translation>
            <numerusform>%Ln개 행은 이미 있어 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %Ln duplicates anyway</source>
        <translation>
            <numerusform>중복 %Ln건도 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the details of %Ln customers not heard from in {years} years.</source>
        <translation>
            <numerusform>{years}년 동안 소식이 없는 고객 %Ln명의 정보를 지웠습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>기억해 둘 만한 내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>e.g. Riverside shop</source>
        <translation>예: 강남점</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>What they usually buy</source>
        <translation>자주 사는 것</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>가치</translation>
    </message>
    <message>
        <source>e.g. 1200 (spend per year)</source>
        <translation>예: 1200 (연간 구매액)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Location, product and value let you group customers, for example your best customers at the Riverside shop.</source>
        <translation>매장, 상품, 가치로 고객을 묶어 볼 수 있습니다. 예를 들어 강남점의 단골 고객만 모아 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Their story</source>
        <translation>고객 이력</translation>
    </message>
    <message>
        <source>Link the ticked ones to this customer</source>
        <translation>체크한 항목을 이 고객과 연결</translation>
    </message>
    <message>
        <source>Names are only linked when you say so: two people can share a name.</source>
        <translation>직접 연결할 때만 묶입니다. 이름이 같은 다른 사람일 수도 있으니까요.</translation>
    </message>
    <message>
        <source>Export their data...</source>
        <translation>고객 데이터 내보내기...</translation>
    </message>
    <message>
        <source>Erase customer...</source>
        <translation>고객 정보 삭제...</translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>고객: {0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>The value must be a number, like 1200, or left empty. Nothing was saved.</source>
        <translation>가치는 1200처럼 숫자로 적거나 비워 두세요. 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>고객 정보를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The details you did not change now show theirs; what you typed is still here. Save again to keep it.</source>
        <translation>바꾸지 않은 항목에는 다른 사람이 바꾼 내용이 표시됩니다. 입력하신 내용은 그대로 있습니다. 유지하려면 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <source>You changed this customer&apos;s details. Save the changes?</source>
        <translation>고객 정보를 바꾸셨습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>아직 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>Feedback on {0}</source>
        <translation>{0} 피드백</translation>
    </message>
    <message>
        <source>Reply by {0}</source>
        <translation>{0} 답글</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답글</translation>
    </message>
    <message>
        <source>Follow-up planned: {0} by {1}</source>
        <translation>후속 조치 예정: {1}까지 {0}</translation>
    </message>
    <message>
        <source>Follow-up done: {0}</source>
        <translation>후속 조치 완료: {0}</translation>
    </message>
    <message>
        <source>Note by {0}</source>
        <translation>{0} 메모</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>{0} on {1} → {2} on {3}: happier since you followed up.</source>
        <translation>{1} {0} → {3} {2}: 후속 조치 뒤로 만족도가 올랐습니다.</translation>
    </message>
    <message>
        <source>{0} on {1} → {2} on {3}: not happier yet.</source>
        <translation>{1} {0} → {3} {2}: 아직 만족도가 오르지 않았습니다.</translation>
    </message>
    <message>
        <source>Also under the name “{0}” on {1} — the same person?</source>
        <translation>{1}에 “{0}” 이름으로도 남긴 기록이 있습니다. 같은 분일까요?</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>연결 안 됨</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>끝 (포함)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Try demo data</source>
        <translation>체험용 데이터 사용해 보기</translation>
    </message>
    <message>
        <source>Look around with the feedback of an invented bakery?</source>
        <translation>가상의 빵집 피드백으로 둘러보시겠습니까?</translation>
    </message>
    <message>
        <source>The demo opens in a separate demo desk with about 450 invented reviews and survey answers. Your own feedback is not touched, and a bar at the top of the window brings you back to it.</source>
        <translation>체험용 데이터는 별도의 체험용 피드백함에서 열리며, 가상의 리뷰와 설문 응답이 약 450건 들어 있습니다. 사장님의 피드백은 건드리지 않으며, 창 위쪽 알림줄에서 언제든 돌아올 수 있습니다.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>체험용 데이터 열기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt; — invented feedback of a bakery, to try things out. Nothing here is yours, and your own feedback is untouched.</source>
        <translation>&lt;b&gt;체험용&lt;/b&gt; — 둘러보기용 가상의 빵집 피드백입니다. 사장님의 데이터가 아니며, 사장님의 피드백은 그대로입니다.</translation>
    </message>
    <message>
        <source>Back to my feedback</source>
        <translation>내 피드백으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>the customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>후속 조치 완료</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>나눈 이야기나 약속한 내용 (선택)</translation>
    </message>
    <message>
        <source>{0} {1}: how did it go?</source>
        <translation>{0} {1}: 어떻게 됐나요?</translation>
    </message>
    <message>
        <source>Resolved also marks the feedback resolved. If the customer writes again, the desk shows whether they are happier.</source>
        <translation>‘해결됨’을 고르면 피드백도 해결됨으로 표시됩니다. 고객이 다시 글을 남기면 만족도가 올랐는지 보여 드립니다.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료로 표시</translation>
    </message>
</context>
<context>
    <name>DropTarget</name>
    <message>
        <source>Drop the file here to import it</source>
        <translation>여기에 파일을 놓으면 가져옵니다</translation>
    </message>
    <message>
        <source>A preview shows what will be added before anything is saved.</source>
        <translation>저장하기 전에 추가될 내용을 미리 보여 드립니다.</translation>
    </message>
    <message>
        <source>Drop the {0} files here to import them</source>
        <translation>여기에 파일 {0}개를 놓으면 가져옵니다</translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <source>Reply...</source>
        <translation>답글 달기...</translation>
    </message>
    <message>
        <source>Answer with a template, then mark as replied (R)</source>
        <translation>템플릿으로 답하고 답글 완료로 표시 (R)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items selected</source>
        <translation>
            <numerusform>%Ln개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply by {0}, {1}</source>
        <translation>{0}의 답글, {1}</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>이름 없음</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Show only some of the feedback</source>
        <translation>피드백 중 일부만 보기</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>필터를 모두 지웁니다</translation>
    </message>
    <message>
        <source>Save view...</source>
        <translation>보기 저장...</translation>
    </message>
    <message>
        <source>Keep these filters as a view in the sidebar</source>
        <translation>이 필터를 사이드바의 보기로 저장합니다</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS 그룹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Date range...</source>
        <translation>기간...</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation>엇갈린 평가</translation>
    </message>
    <message>
        <source>Items whose words and score disagree (5 stars, angry text)</source>
        <translation>내용과 점수가 어긋나는 항목 (별 5개인데 화난 글)</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>아직 기록 없음</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>아직 태그가 없습니다</translation>
    </message>
    <message>
        <source>Must have all chosen tags</source>
        <translation>고른 태그가 모두 있어야 함</translation>
    </message>
    <message>
        <source>Off: items with any of the chosen tags. On: only items with every one.</source>
        <translation>끄면 고른 태그 중 하나라도 있는 항목, 켜면 모든 태그가 있는 항목만 보입니다.</translation>
    </message>
    <message>
        <source>{0}  1 star</source>
        <translation>{0}  별 1개</translation>
    </message>
    <message>
        <source>{0}  {1} stars</source>
        <translation>{0}  별 {1}개</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>추천 고객 (9-10)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>중립 고객 (7-8)</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>비추천 고객 (0-6)</translation>
    </message>
    <message>
        <source>answered 0-10</source>
        <translation>0-10점 응답</translation>
    </message>
    <message>
        <source>Answered 9 or 10 to “How likely are you to recommend us?”: your fans.</source>
        <translation>“저희를 추천하실 가능성은?”에 9점이나 10점을 준 고객: 우리 가게의 팬입니다.</translation>
    </message>
    <message>
        <source>Answered 7 or 8: satisfied, but would not go out of their way.</source>
        <translation>7점이나 8점: 만족했지만 일부러 추천하지는 않을 고객입니다.</translation>
    </message>
    <message>
        <source>Answered 0 to 6: unhappy, and may say so to others.</source>
        <translation>0점에서 6점: 불만이 있고, 다른 사람에게 그렇게 말할 수도 있는 고객입니다.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>{0}부터</translation>
    </message>
    <message>
        <source>Until {0}</source>
        <translation>{0}까지</translation>
    </message>
    <message>
        <source>(deleted tag)</source>
        <translation>(삭제된 태그)</translation>
    </message>
    <message>
        <source>Channel: {0}</source>
        <translation>채널: {0}</translation>
    </message>
    <message>
        <source>Sentiment: {0}</source>
        <translation>감정: {0}</translation>
    </message>
    <message>
        <source>Stars: {0}</source>
        <translation>별점: {0}</translation>
    </message>
    <message>
        <source>NPS: {0}</source>
        <translation>NPS: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>상태: {0}</translation>
    </message>
    <message>
        <source>Tag: {0}</source>
        <translation>태그: {0}</translation>
    </message>
    <message>
        <source>Tags (all): {0}</source>
        <translation>태그 (모두): {0}</translation>
    </message>
    <message>
        <source>Tags (any): {0}</source>
        <translation>태그 (하나라도): {0}</translation>
    </message>
    <message>
        <source>Location: {0}</source>
        <translation>매장: {0}</translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation>상품: {0}</translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation>담당자: {0}</translation>
    </message>
    <message>
        <source>No mixed signals</source>
        <translation>엇갈린 평가 제외</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>답글 완료</translation>
    </message>
    <message>
        <source>Not replied yet</source>
        <translation>아직 답글 없음</translation>
    </message>
    <message>
        <source>Spam only</source>
        <translation>스팸만</translation>
    </message>
    <message>
        <source>Spam included</source>
        <translation>스팸 포함</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>From import {0}</source>
        <translation>가져오기 {0}에서</translation>
    </message>
    <message>
        <source>{0}
Click to remove this filter</source>
        <translation>{0}
누르면 이 필터를 지웁니다</translation>
    </message>
    <message>
        <source>Filter ({0})</source>
        <translation>필터 ({0})</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Plan a call, an e-mail or a review request by the rules in Settings (F)</source>
        <translation>설정의 규칙에 따라 전화, 이메일, 리뷰 요청을 계획합니다 (F)</translation>
    </message>
    <message>
        <source>Done...</source>
        <translation>완료...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>변경...</translation>
    </message>
    <message>
        <source>Customer...</source>
        <translation>고객...</translation>
    </message>
    <message>
        <source>Their story: all their feedback, replies, notes</source>
        <translation>고객 이력: 모든 피드백, 답글, 메모</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of feedback</source>
        <translation>
            <numerusform>피드백 %Ln건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>What to say or offer, the best time to call...</source>
        <translation>할 말이나 드릴 혜택, 전화하기 좋은 시간...</translation>
    </message>
    <message>
        <source>What</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>By</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>What</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>About</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>느낌</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>기다린 때</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>고객이 한 말</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>미지근함</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Call back every unhappy customer, ask the lukewarm what would make it better, and thank the happy ones. Nothing here is sent: you make the call or write the e-mail.</source>
        <translation>불만 고객에게는 모두 다시 연락하고, 미지근한 고객에게는 무엇이 아쉬웠는지 묻고, 만족한 고객에게는 감사 인사를 하세요. 여기서는 아무것도 보내지 않습니다. 전화나 이메일은 직접 하시면 됩니다.</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)...</source>
        <translation>캘린더에 추가 (.ics)...</translation>
    </message>
    <message>
        <source>Save the open follow-ups as a file your calendar app can open</source>
        <translation>열린 후속 조치를 캘린더 앱에서 열 수 있는 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Done...</source>
        <translation>완료...</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>변경...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Plan a call, an e-mail or a review request by the rules in Settings</source>
        <translation>설정의 규칙에 따라 전화, 이메일, 리뷰 요청을 계획합니다</translation>
    </message>
    <message>
        <source>Open in inbox</source>
        <translation>피드백함에서 열기</translation>
    </message>
    <message>
        <source>Overdue ({0})</source>
        <translation>기한 지남 ({0})</translation>
    </message>
    <message>
        <source>Today ({0})</source>
        <translation>오늘 ({0})</translation>
    </message>
    <message>
        <source>Upcoming ({0})</source>
        <translation>예정 ({0})</translation>
    </message>
    <message>
        <source>Done ({0})</source>
        <translation>완료 ({0})</translation>
    </message>
    <message>
        <source>At risk ({0})</source>
        <translation>이탈 위험 ({0})</translation>
    </message>
    <message>
        <source>Customers whose latest feedback is unhappy or lukewarm, and nobody has answered or followed up for {n} days. Most at risk first.</source>
        <translation>최근 피드백이 불만이거나 미지근한데 {n}일 동안 아무도 답하거나 연락하지 않은 고객입니다. 위험이 큰 순서로 보여 드립니다.</translation>
    </message>
    <message>
        <source>No unhappy customers in the last 12 months.</source>
        <translation>지난 12개월 동안 불만 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Last 12 months: you answered or followed up {0} of {1} unhappy customers; {2} wrote again, {3} of them happier.</source>
        <translation>지난 12개월: 불만 고객 {1}명 중 {0}명에게 답하거나 연락했습니다. {2}명이 다시 글을 남겼고, 그중 {3}명은 만족도가 올랐습니다.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>For example: {0}.</source>
        <translation>예: {0}.</translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>기한 지난 일이 없습니다. 잘하셨어요.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>오늘 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing planned. Follow up an item from the inbox (select it and press F).</source>
        <translation>계획된 일이 없습니다. 피드백함에서 항목을 골라 F를 눌러 후속 조치를 잡으세요.</translation>
    </message>
    <message>
        <source>No follow-ups done yet.</source>
        <translation>아직 완료한 후속 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Nobody is at risk: every unhappy or lukewarm customer has been answered or followed up.</source>
        <translation>이탈 위험 고객이 없습니다. 불만이거나 미지근한 고객 모두에게 답하거나 연락했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln follow-ups? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>후속 조치 %Ln건을 삭제할까요? 실행 취소(Ctrl+Z)로 되살릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>후속 조치 삭제</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Could not save {0} in {1}: {2}. Nothing was changed there.</source>
        <translation>{1}에 {0}을(를) 저장하지 못했습니다: {2}. 그곳에는 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln follow-ups to {file}. Open the file to add them to your calendar.</source>
        <translation>
            <numerusform>후속 조치 %Ln건을 {file}에 저장했습니다. 파일을 열면 캘린더에 추가됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>{0} 가져오기</translation>
    </message>
    <message>
        <source>As the file says (or Other)</source>
        <translation>파일에 적힌 대로 (없으면 기타)</translation>
    </message>
    <message>
        <source>month first: 03/04/2026 is March 4</source>
        <translation>월이 먼저: 03/04/2026은 3월 4일</translation>
    </message>
    <message>
        <source>day first: 03/04/2026 is 3 April</source>
        <translation>일이 먼저: 03/04/2026은 4월 3일</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자 인코딩</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>들어온 경로</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>날짜 적는 방식</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>첫 값</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>들어갈 곳</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Feedback, as it will be stored</source>
        <translation>저장될 피드백</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Tip: a file dropped anywhere on the window opens here too.</source>
        <translation>도움말: 창 어디에든 파일을 끌어다 놓아도 여기에서 열립니다.</translation>
    </message>
    <message>
        <source>Where each column goes</source>
        <translation>열마다 들어갈 곳</translation>
    </message>
    <message>
        <source>The first rows, as they will be stored</source>
        <translation>저장될 모습으로 본 첫 몇 행</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>이 파일은 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Looks like {0}</source>
        <translation>{0}(으)로 보입니다</translation>
    </message>
    <message>
        <source>An Excel workbook, sheet {0}</source>
        <translation>Excel 통합 문서, {0} 시트</translation>
    </message>
    <message>
        <source>Read as {0}: {1}</source>
        <translation>{0}(으)로 읽음: {1}</translation>
    </message>
    <message>
        <source>Read as {0}</source>
        <translation>{0}(으)로 읽음</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>세로 막대</translation>
    </message>
    <message>
        <source>columns separated by {0}</source>
        <translation>{0}(으)로 열을 나눈 파일</translation>
    </message>
    <message>
        <source>using the columns you chose last time for this kind of file</source>
        <translation>지난번 이런 파일에 고른 열을 그대로 씁니다</translation>
    </message>
    <message>
        <source>The dates in this file could be read either way: please check.</source>
        <translation>이 파일의 날짜는 두 가지로 읽을 수 있습니다. 확인해 주세요.</translation>
    </message>
    <message>
        <source>Cannot be read: {0}</source>
        <translation>읽을 수 없음: {0}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>모든 행을 확인하는 중…</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves your feedback exactly as it was.</source>
        <translation>가져오는 중… 취소하면 피드백은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Importing… {0:,} rows, {1:,.0f} rows a second.</source>
        <translation>가져오는 중… {0:,}행, 초당 {1:,.0f}행.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>가져오기를 취소했습니다. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Every file you imported, and what it added. Undo import removes exactly the feedback that import added, and nothing else.</source>
        <translation>가져온 파일과 그때 추가된 내용입니다. ‘가져오기 취소’는 그 가져오기로 추가된 피드백만 정확히 지웁니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Undo import...</source>
        <translation>가져오기 취소...</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>취소됨</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items kept</source>
        <translation>
            <numerusform>%Ln건 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted feedback</source>
        <translation>붙여넣은 피드백</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>{0}행: {1}</translation>
    </message>
    <message>
        <source>Rows skipped in this import:</source>
        <translation>이번 가져오기에서 건너뛴 행:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln feedback items that “{file}” added?</source>
        <translation>
            <numerusform>“{file}”에서 추가된 피드백 %Ln건을 지울까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Replies, tags and notes on them go too.</source>
        <translation>거기에 단 답글, 태그, 메모도 함께 지워집니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln feedback items.</source>
        <translation>
            <numerusform>피드백 %Ln건을 지웠습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Mixed signals: the words and the score disagree</source>
        <translation>엇갈린 평가: 내용과 점수가 어긋납니다</translation>
    </message>
    <message>
        <source>Answered {0} after it arrived</source>
        <translation>받은 뒤 {0} 만에 답함</translation>
    </message>
    <message>
        <source>Waiting for an answer for {0}</source>
        <translation>{0}째 답을 기다리는 중</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Search feedback, customers and notes</source>
        <translation>피드백, 고객, 메모 검색</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>피드백함</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>메모를 추가하지 못함</translation>
    </message>
    <message>
        <source>the note was not added</source>
        <translation>메모를 추가하지 않았습니다</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ items</source>
        <translation>
            <numerusform>%Ln건 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>맞는 항목이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The window speaks this language now.</source>
        <translation>지금 이 언어로 표시하고 있습니다.</translation>
    </message>
    <message>
        <source>Applies the next time Feedback Desk starts: close it and open it again.</source>
        <translation>Feedback Desk를 다음에 시작할 때 적용됩니다. 닫았다가 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo</source>
        <translation>체험용</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>피드백함</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups are overdue: see Follow-ups.</source>
        <translation>
            <numerusform>기한 지난 후속 조치가 %Ln건 있습니다. 후속 조치 페이지를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste feedback...</source>
        <translation>피드백 붙여넣기(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Add feedback...</source>
        <translation>피드백 추가(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import a file...</source>
        <translation>파일 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export everything...</source>
        <translation>전체 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>Try &amp;demo data</source>
        <translation>체험용 데이터 넣기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Mark as &amp;spam or not</source>
        <translation>스팸 표시/해제(&amp;S)</translation>
    </message>
    <message>
        <source>Manage &amp;tags...</source>
        <translation>태그 관리(&amp;T)...</translation>
    </message>
    <message>
        <source>Auto-tag &amp;rules...</source>
        <translation>자동 태그 규칙(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Feedback Desk</source>
        <translation>Feedback Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Restore an export</source>
        <translation>내보낸 파일 복원</translation>
    </message>
    <message>
        <source>{0} is a Feedback Desk export. Restore everything in it into this desk: feedback, notes, replies, follow-ups, customers, tags, templates and settings?</source>
        <translation>{0}은(는) Feedback Desk에서 내보낸 파일입니다. 피드백, 메모, 답글, 후속 조치, 고객, 태그, 템플릿, 설정까지 모두 이 데스크로 복원할까요?</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>아무것도 복원하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln feedback items from {file}, with their notes, replies and follow-ups.</source>
        <translation>
            <numerusform>{file}에서 피드백 %Ln건을 메모, 답글, 후속 조치와 함께 복원했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server is back. Everything shown is up to date.</source>
        <translation>팀 서버에 다시 연결되었습니다. 보이는 내용은 모두 최신입니다.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %Ln items.</source>
        <translation>
            <numerusform>{what}: %Ln건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import feedback (or drop a file on the window)</source>
        <translation>피드백 가져오기 (창에 파일을 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Feedback exports (*.csv *.tsv *.txt *.json *.xlsx *.xls);;All files (*)</source>
        <translation>피드백 내보내기 파일 (*.csv *.tsv *.txt *.json *.xlsx *.xls);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new feedback items from {file}.</source>
        <translation>
            <numerusform>{file}에서 새 피드백 %Ln건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there.</source>
        <translation>
            <numerusform>%Ln건은 이미 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {file}: all %Ln were already there.</source>
        <translation>
            <numerusform>{file}에 새로운 내용이 없습니다. %Ln건 모두 이미 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows skipped (see Imports).</source>
        <translation>
            <numerusform>%Ln개 행을 건너뛰었습니다 (가져오기 페이지 참고).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows had bytes that are not UTF-8, shown as �.</source>
        <translation>
            <numerusform>%Ln개 행에 UTF-8이 아닌 바이트가 있어 �로 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback not added</source>
        <translation>피드백을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>the feedback was not added yet</source>
        <translation>피드백을 아직 추가하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln feedback items.</source>
        <translation>
            <numerusform>피드백 %Ln건을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your inbox and were left out.</source>
        <translation>
            <numerusform>%Ln건은 이미 피드백함에 있어서 뺐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Feedback Desk</source>
        <translation>Feedback Desk 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}&lt;/b&gt;&lt;p&gt;Collect, classify, answer and follow up customer feedback. The team&apos;s feedback stays on its own server, and goes nowhere else.&lt;/p&gt;&lt;p&gt;Database: {2}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{0} {1}&lt;/b&gt;&lt;p&gt;고객 피드백을 모으고, 분류하고, 답하고, 후속 조치까지 챙깁니다. 팀의 피드백은 가게의 서버에만 있고 다른 곳으로 가지 않습니다.&lt;/p&gt;&lt;p&gt;데이터베이스: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}&lt;/b&gt;&lt;p&gt;Collect, classify, answer and follow up customer feedback. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Database: {2}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{0} {1}&lt;/b&gt;&lt;p&gt;고객 피드백을 모으고, 분류하고, 답하고, 후속 조치까지 챙깁니다. 모든 데이터는 이 컴퓨터에만 있습니다.&lt;/p&gt;&lt;p&gt;데이터베이스: {2}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Your inbox is empty</source>
        <translation>피드백함이 비어 있습니다</translation>
    </message>
    <message>
        <source>Collect every review, survey answer and comment in one place. Paste reviews from a website, type up a phone call, or bring in a file exported from a review site or survey tool: drop it anywhere on this window, or choose it with Import a file. Each one is sorted into positive, neutral or negative for you.</source>
        <translation>리뷰, 설문 응답, 손님 한마디를 한곳에 모으세요. 웹사이트의 리뷰를 붙여넣거나, 전화 내용을 직접 입력하거나, 리뷰 사이트나 설문 도구에서 내보낸 파일을 가져오세요. 파일은 이 창 어디에든 끌어다 놓거나 &apos;파일 가져오기&apos;로 고를 수 있습니다. 하나하나 긍정, 중립, 부정으로 자동 분류됩니다.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste feedback</source>
        <translation>피드백 붙여넣기</translation>
    </message>
    <message>
        <source>Paste one review, or several separated by a blank line. A review may begin with lines such as “Date: 2026-10-03”, “Author: Sam”, “Stars: 4” or “Score: 9”.</source>
        <translation>리뷰 하나, 또는 빈 줄로 나눈 여러 개를 붙여넣으세요. 리뷰 앞에 “날짜: 2026-10-03”, “작성자: 지민”, “별점: 4”, “점수: 9” 같은 줄을 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Stars: 5
Author: Sam K.
The sourdough is the best in town!

Waited twenty minutes for a coffee. Not great.</source>
        <translation>별점: 5
작성자: 김지민
소금빵이 동네에서 제일 맛있어요!

커피 한 잔에 20분을 기다렸어요. 별로였습니다.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>들어온 경로</translation>
    </message>
    <message>
        <source>Date, unless a review says</source>
        <translation>날짜 (리뷰에 없으면)</translation>
    </message>
    <message>
        <source>Customer, unless a review says</source>
        <translation>고객 (리뷰에 없으면)</translation>
    </message>
    <message>
        <source>This looks like rows copied from a spreadsheet: the next step shows its columns and where each one goes.</source>
        <translation>스프레드시트에서 복사한 행으로 보입니다. 다음 단계에서 열과 각 열이 들어갈 곳을 보여 드립니다.</translation>
    </message>
    <message>
        <source>Preview the rows...</source>
        <translation>행 미리 보기...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews ready to add.</source>
        <translation>
            <numerusform>리뷰 %Ln건을 추가할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review {0} will be left out: {1}.</source>
        <translation>리뷰 {0}은(는) 빠집니다: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln reviews</source>
        <translation>
            <numerusform>리뷰 %Ln건 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Your name on this computer</source>
        <translation>이 컴퓨터에서 쓰는 이름</translation>
    </message>
    <message>
        <source>Who is at this computer: replies, notes and changes made here are signed with this name. Each computer keeps its own.</source>
        <translation>이 컴퓨터를 쓰는 사람입니다. 여기서 쓴 답글, 메모, 변경 사항에 이 이름이 남습니다. 컴퓨터마다 따로 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to {0}</source>
        <translation>{0}님께 답글</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>템플릿 사용</translation>
    </message>
    <message>
        <source>Put the chosen template in the reply, filled in</source>
        <translation>고른 템플릿을 채워서 답글에 넣습니다</translation>
    </message>
    <message>
        <source>Templates, best for this feedback first</source>
        <translation>템플릿 (이 피드백에 잘 맞는 순)</translation>
    </message>
    <message>
        <source>Thank them by name, show you understood, say what you will do. For a complaint, offer to continue by phone or email.</source>
        <translation>이름을 불러 감사 인사를 하고, 무엇을 이해했는지, 앞으로 어떻게 할지 말씀하세요. 불만이라면 전화나 이메일로 이어서 이야기하자고 제안하세요.</translation>
    </message>
    <message>
        <source>Your name (Settings keeps it)</source>
        <translation>내 이름 (설정에 저장됩니다)</translation>
    </message>
    <message>
        <source>Posted publicly on the review site</source>
        <translation>리뷰 사이트에 공개로 게시</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>이메일로</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화로</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>직접 만나서</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>답한 사람</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>보낸 방법</translation>
    </message>
    <message>
        <source>Set your business name and your name in Settings to sign replies.</source>
        <translation>설정에서 상호와 이름을 입력하면 답글에 서명이 들어갑니다.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>답글</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the reply, to paste it on the review site</source>
        <translation>답글을 복사해 리뷰 사이트에 붙여넣으세요</translation>
    </message>
    <message>
        <source>Add as another reply</source>
        <translation>답글 하나 더 추가</translation>
    </message>
    <message>
        <source>Keep the reply above as it was and record this one too</source>
        <translation>위 답글은 그대로 두고 이것도 기록합니다</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 내용 저장</translation>
    </message>
    <message>
        <source>Mark as replied</source>
        <translation>답글 완료로 표시</translation>
    </message>
    <message>
        <source>★ {0}</source>
        <translation>★ {0}</translation>
    </message>
    <message>
        <source>No templates yet: write them on the Templates page.</source>
        <translation>아직 템플릿이 없습니다. 템플릿 페이지에서 만드세요.</translation>
    </message>
    <message>
        <source>Answered {0} by {1}.</source>
        <translation>{0}에 {1}님이 답함.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <source>Earlier versions and replies:</source>
        <translation>이전 버전과 답글:</translation>
    </message>
    <message>
        <source>Press the button again to send yours as well.</source>
        <translation>내 답글도 보내려면 버튼을 한 번 더 누르세요.</translation>
    </message>
    <message>
        <source>Replace what you wrote with “{0}”?</source>
        <translation>쓰신 내용을 “{0}”(으)로 바꿀까요?</translation>
    </message>
    <message>
        <source>Discard the reply?</source>
        <translation>답글을 버릴까요?</translation>
    </message>
    <message>
        <source>Close without saving the reply you wrote?</source>
        <translation>쓰신 답글을 저장하지 않고 닫을까요?</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>답글을 먼저 쓰세요.</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>답글을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>the reply was not saved</source>
        <translation>답글을 저장하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>A customer</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No feedback has been recorded in {0} so far.</source>
        <translation>{0}에는 아직 기록된 피드백이 없습니다.</translation>
    </message>
    <message>
        <source>No feedback was recorded in {0}.</source>
        <translation>{0}에는 기록된 피드백이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>the most mentioned problems were {0} (%Ln times each)</source>
        <translation>
            <numerusform>가장 많이 나온 문제는 {0} (각 %Ln회)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the most mentioned problem was {0} (%Ln times)</source>
        <translation>
            <numerusform>가장 많이 나온 문제는 {0} (%Ln회)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of feedback came in</source>
        <translation>
            <numerusform>피드백 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers</source>
        <translation>
            <numerusform>NPS {0} (응답 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS rose {0} points on {1} to {2} from %Ln answers</source>
        <translation>
            <numerusform>NPS {2} (응답 %Ln건), {1}보다 {0}점 상승</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS fell {0} points on {1} to {2} from %Ln answers</source>
        <translation>
            <numerusform>NPS {2} (응답 %Ln건), {1}보다 {0}점 하락</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS held steady at {0} from %Ln answers</source>
        <translation>
            <numerusform>NPS {0} 유지 (응답 %Ln건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers (up {1} on {2}, within what chance alone can move it)</source>
        <translation>
            <numerusform>NPS {0} (응답 %Ln건, {2}보다 {1}점 올랐지만 우연으로도 생길 수 있는 차이)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS was {0} from %Ln answers (down {1} on {2}, within what chance alone can move it)</source>
        <translation>
            <numerusform>NPS {0} (응답 %Ln건, {2}보다 {1}점 내렸지만 우연으로도 생길 수 있는 차이)</numerusform>
        </translation>
    </message>
    <message>
        <source>you answered {0} of the feedback</source>
        <translation>피드백의 {0}에 답함</translation>
    </message>
    <message>
        <source>So far in {0}, {1}.</source>
        <translation>{0} 지금까지: {1}.</translation>
    </message>
    <message>
        <source>In {0}, {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation>규칙 편집</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>새 규칙</translation>
    </message>
    <message>
        <source>Pick a tag or type a new one</source>
        <translation>태그를 고르거나 새로 입력하세요</translation>
    </message>
    <message>
        <source>wait, slow, took forever, 느려</source>
        <translation>느려, 오래 걸림, 기다림, slow</translation>
    </message>
    <message>
        <source>Separate words or phrases with commas; feedback containing any one of them gets the tag. Whole words, in any case and any language: “late” finds “Late!” but not “latest”. Korean, Japanese and Chinese words are found inside longer words too: 느려 finds 느려요.</source>
        <translation>단어나 문구를 쉼표로 나눠 적으세요. 그중 하나라도 들어 있는 피드백에 태그가 붙습니다. 영어는 대소문자와 상관없이 단어 단위로 찾습니다(“late”는 “Late!”는 찾지만 “latest”는 찾지 않음). 한국어, 일본어, 중국어는 더 긴 말 속에서도 찾습니다: ‘느려’는 ‘느려요’도 찾습니다.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Words or phrases</source>
        <translation>단어나 문구</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>규칙 저장</translation>
    </message>
    <message>
        <source>Choose the tag this rule puts on, or type a new one.</source>
        <translation>이 규칙이 붙일 태그를 고르거나 새로 입력하세요.</translation>
    </message>
    <message>
        <source>Type at least one word or phrase.</source>
        <translation>단어나 문구를 하나 이상 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Auto-tag rules</source>
        <translation>자동 태그 규칙</translation>
    </message>
    <message>
        <source>A rule puts its tag on feedback that contains any of its words or phrases. Rules that are on run by themselves on every new import and paste; to apply them to the feedback you already have, use the button below.</source>
        <translation>규칙은 정한 단어나 문구가 들어 있는 피드백에 태그를 붙입니다. 켜 둔 규칙은 새로 가져오거나 붙여넣을 때마다 저절로 적용됩니다. 이미 있는 피드백에 적용하려면 아래 버튼을 누르세요.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Words or phrases</source>
        <translation>단어나 문구</translation>
    </message>
    <message>
        <source>Would tag</source>
        <translation>적용될 항목</translation>
    </message>
    <message>
        <source>Add rule...</source>
        <translation>규칙 추가...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>편집...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>삭제...</translation>
    </message>
    <message>
        <source>Turn this rule on or off</source>
        <translation>이 규칙을 켜거나 끕니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message numerus="yes">
        <source>The rules that are on would tag %Ln items you already have.</source>
        <translation>
            <numerusform>켜 둔 규칙이 이미 있는 피드백 %Ln건에 태그를 붙입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln items</source>
        <translation>
            <numerusform>%Ln건에 태그 붙이기</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is on: nothing to tag.</source>
        <translation>켜 둔 규칙이 없어 태그를 붙일 것이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to tag: the feedback you have already carries these tags.</source>
        <translation>태그를 붙일 것이 없습니다. 이미 모두 이 태그가 있습니다.</translation>
    </message>
    <message>
        <source>Tag items</source>
        <translation>태그 붙이기</translation>
    </message>
    <message>
        <source>Added a rule for “{0}”.</source>
        <translation>“{0}” 규칙을 추가했습니다.</translation>
    </message>
    <message>
        <source>Saved the rule for “{0}”.</source>
        <translation>“{0}” 규칙을 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>규칙 삭제</translation>
    </message>
    <message>
        <source>Delete the rule that tags “{0}” ({1})? Tags it already put on feedback stay.</source>
        <translation>“{0}” 태그를 붙이는 규칙({1})을 삭제할까요? 이미 붙은 태그는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Deleted the rule for “{0}”.</source>
        <translation>“{0}” 규칙을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Tag with the rules</source>
        <translation>규칙으로 태그 붙이기</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items.</source>
        <translation>
            <numerusform>%Ln건에 태그를 붙였습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln items ({tags} tags added).</source>
        <translation>
            <numerusform>%Ln건에 태그를 붙였습니다 (태그 {tags}개 추가).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Export everything...</source>
        <translation>모두 내보내기...</translation>
    </message>
    <message>
        <source>The team&apos;s desk lives on the server {0}, so its backups are the server&apos;s business: Feedback Desk makes no copies of it. Whoever runs the server backs it up every night, for example with pg_dump (see the README):</source>
        <translation>팀 데이터는 서버 {0}에 있으므로 백업은 서버가 맡습니다. Feedback Desk는 서버 데이터를 복사해 두지 않습니다. 서버 관리자가 매일 밤 백업해야 합니다. 예를 들어 pg_dump로(README 참고):</translation>
    </message>
    <message>
        <source>To keep a copy of the feedback on this computer as well, export it: an export can be restored into an empty desk, here or on a server.</source>
        <translation>이 컴퓨터에도 피드백 사본을 두려면 내보내기를 하세요. 내보낸 파일은 이 컴퓨터나 서버의 빈 데이터에 복원할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>&lt;b&gt;The team server cannot be reached.&lt;/b&gt; Reconnecting… What you type is kept: save it again once the server is back.</source>
        <translation>&lt;b&gt;팀 서버에 연결할 수 없습니다.&lt;/b&gt; 다시 연결하는 중… 입력한 내용은 그대로 남아 있으니 서버가 돌아오면 다시 저장하세요.</translation>
    </message>
</context>
<context>
    <name>ServerPlace</name>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Team server {0}, database {1}</source>
        <translation>팀 서버 {0}, 데이터베이스 {1}</translation>
    </message>
    <message>
        <source>Changes made on the other desks show here as they are made.</source>
        <translation>다른 컴퓨터에서 바꾼 내용이 바로 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>연결 안 됨</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>추가...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>이름 바꾸기...</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>빼기...</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Manage tags...</source>
        <translation>태그 관리...</translation>
    </message>
    <message>
        <source>Auto-tag rules...</source>
        <translation>자동 태그 규칙...</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>팀 서버</translation>
    </message>
    <message>
        <source>Everyone on the team works in this one desk on the server.</source>
        <translation>팀 전체가 서버에 있는 하나의 데이터로 함께 일합니다.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in this one file.</source>
        <translation>모든 데이터는 이 컴퓨터의 이 파일 하나에만 있습니다.</translation>
    </message>
    <message>
        <source>The people feedback can be assigned to.</source>
        <translation>피드백을 맡길 수 있는 사람들입니다.</translation>
    </message>
    <message>
        <source>The people feedback can be assigned to. No one yet: use Add.</source>
        <translation>피드백을 맡길 수 있는 사람들입니다. 아직 없습니다. ‘추가’를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>태그 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules on.</source>
        <translation>
            <numerusform>자동 태그 규칙 %Ln개 사용 중.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules tag new feedback as it comes in, from imports and pastes alike.</source>
        <translation>규칙은 가져오기든 붙여넣기든 새 피드백이 들어올 때 태그를 붙입니다.</translation>
    </message>
    <message>
        <source>{0} is already on the team.</source>
        <translation>{0}님은 이미 직원 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Added {0} to the team.</source>
        <translation>{0}님을 직원으로 추가했습니다.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for {0}:</source>
        <translation>{0}님의 새 이름:</translation>
    </message>
    <message>
        <source>Renamed {0} to {1}.</source>
        <translation>{0}님의 이름을 {1}(으)로 바꿨습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback items assigned to {old} are now assigned to {new}.</source>
        <translation>
            <numerusform>{old}님이 맡은 피드백 %Ln건을 이제 {new}님이 맡습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {0} from the team?</source>
        <translation>{0}님을 직원 목록에서 뺄까요?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln feedback items assigned to {name} stay assigned until you change them in the inbox.</source>
        <translation>
            <numerusform>{name}님이 맡은 피드백 %Ln건은 피드백함에서 바꾸기 전까지 그대로 {name}님 담당으로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>직원 목록에서 빼기</translation>
    </message>
    <message>
        <source>Removed {0} from the team.</source>
        <translation>{0}님을 직원 목록에서 뺐습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags sort feedback by topic. Select a tag to rename it or change its colour; select several to merge them into one. Merging or deleting a tag never deletes feedback.</source>
        <translation>태그로 피드백을 주제별로 나눕니다. 태그를 골라 이름이나 색을 바꾸고, 여러 개를 골라 하나로 합칠 수 있습니다. 태그를 합치거나 지워도 피드백은 지워지지 않습니다.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>New tag...</source>
        <translation>새 태그...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>이름 바꾸기...</translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation>색...</translation>
    </message>
    <message>
        <source>Merge into...</source>
        <translation>합치기...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>삭제...</translation>
    </message>
    <message>
        <source>Select two or more tags to merge them into one.</source>
        <translation>합치려면 태그를 두 개 이상 고르세요.</translation>
    </message>
    <message>
        <source>There is already a tag called “{0}”. To bring two tags together, select both and choose Merge into.</source>
        <translation>“{0}” 태그가 이미 있습니다. 두 태그를 하나로 만들려면 둘 다 고르고 ‘합치기’를 누르세요.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>새 태그</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>새 태그 이름:</translation>
    </message>
    <message>
        <source>Added the tag “{0}”.</source>
        <translation>“{0}” 태그를 추가했습니다.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>“{0}”의 새 이름:</translation>
    </message>
    <message>
        <source>Renamed “{0}” to “{1}”.</source>
        <translation>“{0}”을(를) “{1}”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Colour of “{0}”</source>
        <translation>“{0}” 색</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>태그 색 바꾸기</translation>
    </message>
    <message>
        <source>Changed the colour of “{0}”.</source>
        <translation>“{0}”의 색을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>태그 합치기</translation>
    </message>
    <message>
        <source>Keep which tag? The others are merged into it and go.</source>
        <translation>어느 태그를 남길까요? 나머지는 여기에 합쳐지고 없어집니다.</translation>
    </message>
    <message numerus="yes">
        <source>Merge {others} into “{kept}”? The %Ln items tagged {either} will be tagged “{kept}” instead.</source>
        <translation>
            <numerusform>{others}을(를) “{kept}”에 합칠까요? {either} 태그가 붙은 %Ln건에 대신 “{kept}” 태그가 붙습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their auto-tag rules will tag with “{0}”.</source>
        <translation>해당 자동 태그 규칙은 “{0}” 태그를 붙이게 됩니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <source>Merged {0} into “{1}”; it is now on {2}.</source>
        <translation>{0}을(를) “{1}”에 합쳤습니다. 이제 {2}에 붙어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag {names}? %Ln items carry it: the items stay, only the tag goes.</source>
        <translation>
            <numerusform>{names} 태그를 삭제할까요? %Ln건에 붙어 있습니다. 피드백은 그대로 두고 태그만 지웁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tags {names}? %Ln items carry them: the items stay, only the tags go.</source>
        <translation>
            <numerusform>{names} 태그들을 삭제할까요? %Ln건에 붙어 있습니다. 피드백은 그대로 두고 태그만 지웁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-tag rules go too.</source>
        <translation>
            <numerusform>자동 태그 규칙 %Ln개도 함께 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <source>Deleted {0}. The feedback is all still there.</source>
        <translation>{0}을(를) 삭제했습니다. 피드백은 모두 그대로 있습니다.</translation>
    </message>
</context>
<context>
    <name>TeamServerBox</name>
    <message>
        <source>Team server</source>
        <translation>팀 서버</translation>
    </message>
    <message>
        <source>e.g. nas.bakery.lan or 192.168.0.20</source>
        <translation>예: nas.bakery.lan 또는 192.168.0.20</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>이 컴퓨터의 키링에 보관됨</translation>
    </message>
    <message>
        <source>optional: the server&apos;s CA certificate file, to check who answers</source>
        <translation>선택: 서버의 CA 인증서 파일(접속한 서버가 맞는지 확인)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>이 컴퓨터의 파일 사용</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>이 서버 사용</translation>
    </message>
    <message>
        <source>Move this desk to the server...</source>
        <translation>이 데이터를 서버로 옮기기...</translation>
    </message>
    <message>
        <source>This computer uses the team&apos;s shared desk on this server. Everyone on the team sees the same feedback, replies and follow-ups.</source>
        <translation>이 컴퓨터는 서버에 있는 팀 공용 데이터를 사용합니다. 팀 모두가 같은 피드백, 답글, 후속 조치를 봅니다.</translation>
    </message>
    <message>
        <source>Several computers can share one desk on a PostgreSQL server the shop runs (a NAS, a small server, a managed service). Until you choose one, everything stays in this computer&apos;s file and Feedback Desk uses no network at all.</source>
        <translation>여러 컴퓨터가 가게에서 운영하는 PostgreSQL 서버(NAS, 작은 서버, 관리형 서비스)의 데이터 하나를 함께 쓸 수 있습니다. 서버를 고르기 전까지는 모든 것이 이 컴퓨터의 파일에 있고, Feedback Desk는 네트워크를 전혀 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password is kept only until Feedback Desk closes (it is never written to a file): type it again after a restart.</source>
        <translation>이 컴퓨터에는 키링이 없어 비밀번호는 Feedback Desk를 닫을 때까지만 보관됩니다(파일에는 절대 쓰지 않습니다). 다시 시작한 뒤에는 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user first.</source>
        <translation>먼저 서버, 데이터베이스, 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>{0}에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connected. The database {0} is empty: Feedback Desk sets up the team&apos;s desk there when you use it or move this desk in.</source>
        <translation>연결되었습니다. 데이터베이스 {0}은(는) 비어 있습니다. 이 서버를 사용하거나 이 데이터를 옮기면 Feedback Desk가 팀 데이터를 만듭니다.</translation>
    </message>
    <message>
        <source>Connected. The team&apos;s desk there holds {0} feedback items.</source>
        <translation>연결되었습니다. 그곳의 팀 데이터에는 피드백 {0}건이 있습니다.</translation>
    </message>
    <message>
        <source>Connected, but the desk there was made by a newer Feedback Desk: update Feedback Desk on this computer first.</source>
        <translation>연결되었지만 그곳의 데이터는 더 새로운 Feedback Desk로 만들어졌습니다. 먼저 이 컴퓨터의 Feedback Desk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>The team&apos;s desk on {0} holds no feedback yet. Move this desk there first? (This computer&apos;s file stays as it is either way.)</source>
        <translation>{0}의 팀 데이터에는 아직 피드백이 없습니다. 먼저 이 데이터를 그곳으로 옮길까요? (어느 쪽이든 이 컴퓨터의 파일은 그대로 남습니다.)</translation>
    </message>
    <message>
        <source>Move this desk to the server</source>
        <translation>이 데이터를 서버로 옮기기</translation>
    </message>
    <message>
        <source>Copy every feedback item, reply, follow-up, note, tag, template, customer and setting of this desk to {0}? This computer&apos;s file stays exactly as it is.</source>
        <translation>이 데이터의 모든 피드백, 답글, 후속 조치, 메모, 태그, 템플릿, 고객, 설정을 {0}(으)로 복사할까요? 이 컴퓨터의 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Use the team&apos;s desk on the server from now on?</source>
        <translation>이제부터 서버의 팀 데이터를 사용할까요?</translation>
    </message>
    <message>
        <source>Moving this desk to {0}…</source>
        <translation>이 데이터를 {0}(으)로 옮기는 중…</translation>
    </message>
    <message>
        <source>{0}

Replace the desk on the server with this one? Everything it holds now would be gone from the server.</source>
        <translation>{0}

서버의 데이터를 이 데이터로 바꿀까요? 지금 서버에 있는 내용은 모두 서버에서 사라집니다.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation>답변 속도</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>삭제...</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>가져오기...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>아직 템플릿이 없습니다</translation>
    </message>
    <message>
        <source>Click New to write one, or Import a file another shop shared.</source>
        <translation>‘새로 만들기’로 직접 쓰거나, 다른 가게가 공유한 파일을 ‘가져오기’ 하세요.</translation>
    </message>
    <message>
        <source>For example: Thank you for the kind words</source>
        <translation>예: 좋은 말씀 감사합니다</translation>
    </message>
    <message>
        <source>Leave all unticked for a template that suits any feedback.</source>
        <translation>모두 비워 두면 어떤 피드백에나 맞는 템플릿이 됩니다.</translation>
    </message>
    <message>
        <source>No tags yet: add them in Settings.</source>
        <translation>아직 태그가 없습니다. 설정에서 추가하세요.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Tags it suits</source>
        <translation>대상 태그</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for...</source>
        <translation>{full_name} 님, 안녕하세요.

소중한 리뷰 남겨 주셔서 감사합니다...</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>자리표시자 넣기</translation>
    </message>
    <message>
        <source>Preview with sample values — add feedback to preview on a real review.</source>
        <translation>예시 값으로 미리 보기 — 피드백을 추가하면 실제 리뷰로 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Set your business name and your name in Settings to sign replies.</source>
        <translation>설정에서 상호와 이름을 입력하면 답글에 서명이 들어갑니다.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답글</translation>
    </message>
    <message>
        <source>Preview with:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>저장하지 않은 템플릿</translation>
    </message>
    <message>
        <source>The template you are writing cannot be saved yet: {0} Close anyway?</source>
        <translation>쓰고 있는 템플릿을 아직 저장할 수 없습니다: {0} 그래도 닫을까요?</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>예시 값</translation>
    </message>
    <message>
        <source>{0} (deleted tag)</source>
        <translation>{0} (삭제된 태그)</translation>
    </message>
    <message>
        <source>Give the template a name, so you can find it again.</source>
        <translation>나중에 다시 찾을 수 있게 템플릿 이름을 붙이세요.</translation>
    </message>
    <message>
        <source>Write the reply: a template cannot be empty.</source>
        <translation>답글 내용을 쓰세요. 빈 템플릿은 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Another template is already called “{0}”. Choose another name.</source>
        <translation>“{0}” 템플릿이 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>the template was not saved</source>
        <translation>템플릿을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Added “{0}”.</source>
        <translation>“{0}”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>“{0}”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>It now reads: “{0}”. Save again to keep yours instead.</source>
        <translation>지금 내용: “{0}”. 내 내용으로 바꾸려면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (사본)</translation>
    </message>
    <message>
        <source>{0} (copy {1})</source>
        <translation>{0} (사본 {1})</translation>
    </message>
    <message>
        <source>no copy was made</source>
        <translation>사본을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>Made a copy: “{0}”.</source>
        <translation>사본을 만들었습니다: “{0}”.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Delete the template “{0}”? Replies you already sent with it keep their text.</source>
        <translation>“{0}” 템플릿을 삭제할까요? 이 템플릿으로 이미 보낸 답글은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>the template was not deleted</source>
        <translation>템플릿을 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>“{0}”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Feedback Desk templates (*.json);;All files (*)</source>
        <translation>Feedback Desk 템플릿 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>템플릿 가져오기</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>템플릿 내보내기</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Nothing new in {0}: those templates are already here.</source>
        <translation>{0}에 새 템플릿이 없습니다. 이미 모두 있습니다.</translation>
    </message>
    <message>
        <source>{0} holds no templates.</source>
        <translation>{0}에는 템플릿이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln templates from {file}.</source>
        <translation>
            <numerusform>{file}에서 템플릿 %Ln개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation>{0}을(를) 저장하지 못했습니다: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln templates to {file}.</source>
        <translation>
            <numerusform>템플릿 %Ln개를 {file}에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <translation>비추천 (0-6)</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>비추천</translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <translation>중립층 (7-8)</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <source>Promoter (9-10)</source>
        <translation>추천 (9-10)</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Suspected fake review</source>
        <translation>허위 리뷰 의심</translation>
    </message>
    <message>
        <source>Fake review</source>
        <translation>허위 리뷰</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>고객 이름 (이름만)</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>고객 이름 (성과 이름)</translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation>상호</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>Where they wrote (Google, Yelp...)</source>
        <translation>리뷰를 남긴 곳 (네이버, 배달의민족...)</translation>
    </message>
    <message>
        <source>What they bought</source>
        <translation>산 상품</translation>
    </message>
    <message>
        <source>Which of your shops</source>
        <translation>어느 매장</translation>
    </message>
    <message>
        <source>When they wrote</source>
        <translation>리뷰 날짜</translation>
    </message>
    <message>
        <source>Any feedback</source>
        <translation>모든 피드백</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>아직 안 씀</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Feedback Desk labels each item from its score or its words; choose a label here when you know better.</source>
        <translation>Feedback Desk가 점수나 내용을 보고 분류합니다. 더 잘 아실 때는 여기서 직접 고르세요.</translation>
    </message>
    <message>
        <source>Tag...</source>
        <translation>태그...</translation>
    </message>
    <message>
        <source>Spam or fake</source>
        <translation>스팸 또는 허위</translation>
    </message>
    <message>
        <source>Kept, but left out of every figure.</source>
        <translation>보관하되 모든 수치에서 뺍니다.</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>신고함</translation>
    </message>
    <message>
        <source>The day you reported it to the review platform.</source>
        <translation>리뷰 플랫폼에 신고한 날짜입니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Who is on it</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Add a handling note</source>
        <translation>응대 메모 추가</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Handling notes (only your team sees them)</source>
        <translation>응대 메모 (직원만 봅니다)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>아직 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Select one item to add a note</source>
        <translation>메모를 달려면 항목을 하나만 고르세요</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(여러 개)</translation>
    </message>
    <message>
        <source>{0} (some)</source>
        <translation>{0} (일부)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>ViewsList</name>
    <message>
        <source>VIEWS</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>답글 필요</translation>
    </message>
    <message>
        <source>Negative this week</source>
        <translation>이번 주 부정</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation>엇갈린 평가</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>스팸</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message numerus="yes">
        <source>{view}: %Ln items</source>
        <translation>
            <numerusform>{view}: %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>Name of the view (it will be listed under Views):</source>
        <translation>보기 이름 (‘보기’ 아래에 나옵니다):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>“{0}” is a built-in view. Choose another name.</source>
        <translation>“{0}”은(는) 기본 보기입니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>보기 바꾸기</translation>
    </message>
    <message>
        <source>There is already a view called “{0}”. Replace it?</source>
        <translation>“{0}” 보기가 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln items in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>휴지통의 %Ln건을 완전히 삭제할까요? 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete view “{0}”</source>
        <translation>“{0}” 보기 삭제</translation>
    </message>
    <message>
        <source>Empty the trash...</source>
        <translation>휴지통 비우기...</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>Welcome! Two questions before you start</source>
        <translation>환영합니다! 시작하기 전에 두 가지만 여쭙겠습니다</translation>
    </message>
    <message>
        <source>Replies are signed with your name and the monthly report carries the business&apos;s name. You can skip this and fill it in later in Settings.</source>
        <translation>답글에는 사장님 이름으로 서명하고, 월간 보고서에는 상호가 들어갑니다. 건너뛰고 나중에 설정에서 입력하셔도 됩니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>응답 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ratings</source>
        <translation>
            <numerusform>별점 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln ratings</source>
        <translation>
            <numerusform>별점 %Ln건 기준</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not scored</source>
        <translation>
            <numerusform>%Ln건 판단 안 됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %Ln times</source>
        <translation>
            <numerusform>%Ln번 사용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Change status</source>
        <translation>상태 바꾸기</translation>
    </message>
    <message>
        <source>Change sentiment</source>
        <translation>감정 바꾸기</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>담당자 지정</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그 붙이기</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>태그 떼기</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>스팸으로 표시</translation>
    </message>
    <message>
        <source>Mark as not spam</source>
        <translation>스팸 아님으로 표시</translation>
    </message>
    <message>
        <source>Reported to the platform</source>
        <translation>플랫폼에 신고함</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>휴지통에서 되살리기</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{0}

There is no backup of it to restore.</source>
        <translation>{0}

복원할 백업이 없습니다.</translation>
    </message>
    <message>
        <source>{0}

Restore the newest backup, made {1}? The file as it is now is kept beside the backups, so nothing is lost.</source>
        <translation>{0}

{1}에 만든 가장 최근 백업을 복원할까요? 지금 파일은 백업 옆에 그대로 보관하므로 잃는 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>That is the database itself; choose another file for the backup.</source>
        <translation>선택한 파일이 데이터베이스 자체입니다. 백업할 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name for the backup.</source>
        <translation>{0}은(는) 폴더입니다. 백업 파일 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>{0} already exists and was left as it is; give a new name.</source>
        <translation>{0}이(가) 이미 있어 그대로 두었습니다. 새 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Feedback Desk could not write in {0} ({1}), so {2}.</source>
        <translation>Feedback Desk가 {0}에 쓸 수 없어({1}) {2}.</translation>
    </message>
    <message>
        <source>The backup {0} is not there any more. Nothing was changed.</source>
        <translation>백업 {0}이(가) 더 이상 없습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>{0} is not there, so there is nothing to move.</source>
        <translation>{0}이(가) 없어 옮길 것이 없습니다.</translation>
    </message>
    <message>
        <source>The database is already in {0}.</source>
        <translation>데이터베이스가 이미 {0}에 있습니다.</translation>
    </message>
    <message>
        <source>There is already a {0} in {1}; choose another folder (Feedback Desk never writes over a database). Nothing was moved.</source>
        <translation>{1}에 이미 {0}이(가) 있습니다. 다른 폴더를 선택하세요(Feedback Desk는 데이터베이스를 덮어쓰지 않습니다). 옮긴 것은 없습니다.</translation>
    </message>
    <message>
        <source>{0} is open in another window or program; close it and try again. Nothing was moved.</source>
        <translation>{0}이(가) 다른 창이나 프로그램에서 열려 있습니다. 닫은 뒤 다시 시도하세요. 옮긴 것은 없습니다.</translation>
    </message>
    <message>
        <source>The copy in {0} does not read back ({1}).</source>
        <translation>{0}에 만든 사본을 다시 읽을 수 없습니다({1}).</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <source>Feedback Desk ran into a problem it did not expect: {0}

Your feedback is safe: everything saved so far is in the database. The details are in the log file:
{1}</source>
        <translation>Feedback Desk에 예상하지 못한 문제가 생겼습니다: {0}

피드백은 안전합니다. 지금까지 저장한 내용은 모두 데이터베이스에 있습니다. 자세한 내용은 로그 파일에 있습니다:
{1}</translation>
    </message>
</context>
<context>
    <name>customer_rights</name>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>이 고객의 데이터 내보내기</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;스프레드시트용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내지 못했습니다</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보냈습니다</translation>
    </message>
    <message>
        <source>Their {0} feedback items, with the replies, notes and follow-ups, are in {1}.</source>
        <translation>이 고객의 피드백 {0}건과 답글, 메모, 후속 조치를 {1}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>이 고객의 정보를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Their name, e-mail address and phone number are erased from their {0} feedback items and from every reply, note and follow-up, where their name is replaced by [erased]. The scores, dates and sentiment stay, so your figures do not change. This cannot be undone.</source>
        <translation>이 고객의 피드백 {0}건과 모든 답글, 메모, 후속 조치에서 이름, 이메일 주소, 전화번호를 지우고, 글 속의 이름은 [삭제됨]으로 바꿉니다. 점수, 날짜, 감정은 남으므로 통계는 바뀌지 않습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>삭제했습니다</translation>
    </message>
    <message>
        <source>The customer&apos;s details are erased.</source>
        <translation>고객 정보를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Erased; backups still hold them</source>
        <translation>삭제했지만 백업에 아직 남아 있습니다</translation>
    </message>
    <message>
        <source>The customer&apos;s details are erased from the database. {0}:
{1}

Rewrite those backups without this customer, remove them, or keep them as they are?</source>
        <translation>데이터베이스에서 고객 정보를 삭제했습니다. {0}:
{1}

이 백업들을 이 고객 없이 다시 쓰시겠습니까, 삭제하시겠습니까, 아니면 그대로 두시겠습니까?</translation>
    </message>
    <message>
        <source>Rewrite without them</source>
        <translation>고객 없이 다시 쓰기</translation>
    </message>
    <message>
        <source>Remove the backups</source>
        <translation>백업 삭제</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>이전 버전의 백업</translation>
    </message>
    <message>
        <source>{0} backups were made by an older version of Feedback Desk (or cannot be read) and were not rewritten; remove them to take the customer out of them.</source>
        <translation>백업 {0}개는 이전 버전의 Feedback Desk로 만들었거나 읽을 수 없어 다시 쓰지 못했습니다. 이 고객을 지우려면 해당 백업을 삭제하세요.</translation>
    </message>
    <message>
        <source>Backups not changed</source>
        <translation>백업을 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>순추천지수 (NPS)</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>추천, 중립, 비추천 고객</translation>
    </message>
    <message>
        <source>Positive, neutral and negative</source>
        <translation>긍정, 중립, 부정</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>첫 답변까지 걸린 시간</translation>
    </message>
    <message>
        <source>Feedback by channel</source>
        <translation>채널별 피드백</translation>
    </message>
    <message>
        <source>Top problems (tags on negative feedback)</source>
        <translation>주요 문제 (부정 피드백의 태그)</translation>
    </message>
    <message>
        <source>What customers praise (tags on positive feedback)</source>
        <translation>고객이 칭찬한 점 (긍정 피드백의 태그)</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>평균 별점</translation>
    </message>
    <message>
        <source>Stars given</source>
        <translation>받은 별점</translation>
    </message>
    <message>
        <source>NPS estimated from stars (not NPS)</source>
        <translation>별점으로 추정한 NPS (NPS 아님)</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>저장...</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture</source>
        <translation>이 차트를 PNG나 SVG 그림으로 저장합니다</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 그림 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>기간 직접 지정</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>최근 3개월</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>최근 6개월</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>직접 지정...</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>주별</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>분기별</translation>
    </message>
    <message>
        <source>Bars: counts</source>
        <translation>막대: 건수</translation>
    </message>
    <message>
        <source>Bars: shares</source>
        <translation>막대: 비율</translation>
    </message>
    <message>
        <source>Show the stacked bars as counts or as shares of each period</source>
        <translation>쌓은 막대를 건수로 볼지, 기간별 비율로 볼지 고릅니다</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>답글 필요</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>진행 중인 후속 조치</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>첫 답변 (중앙값)</translation>
    </message>
    <message>
        <source>Net Promoter Score: the share of customers who would recommend you (9 or 10 out of 10) minus the share who would not (0 to 6), from −100 to +100. “Give or take” is how far chance alone could move it with this many answers.</source>
        <translation>순추천지수(NPS): 추천하겠다는 고객(10점 만점에 9~10점)의 비율에서 추천하지 않겠다는 고객(0~6점)의 비율을 뺀 값으로, -100에서 +100 사이입니다. &apos;오차 범위&apos;는 이 정도 응답 수에서 우연만으로 움직일 수 있는 폭입니다.</translation>
    </message>
    <message>
        <source>Show them in the inbox</source>
        <translation>피드백함에서 보기</translation>
    </message>
    <message>
        <source>Open the Follow-ups page</source>
        <translation>후속 조치 페이지 열기</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>No feedback in this period yet. Paste or import feedback (or load the demo from the File menu) and the figures appear here.</source>
        <translation>이 기간에는 아직 피드백이 없습니다. 피드백을 붙여넣거나 가져오면(또는 파일 메뉴에서 체험용 데이터를 넣으면) 여기에 수치가 나타납니다.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>모든 매장</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>모든 상품</translation>
    </message>
    <message>
        <source>{0} to {1}, compared with {2} to {3}</source>
        <translation>{0} ~ {1}, {2} ~ {3}와(과) 비교</translation>
    </message>
    <message>
        <source>Feedback Desk could not read the figures just now ({0}). Nothing was changed; they are read again when you come back to this page or change a choice.</source>
        <translation>지금은 수치를 읽지 못했습니다({0}). 바뀐 것은 없습니다. 이 페이지로 돌아오거나 선택을 바꾸면 다시 읽습니다.</translation>
    </message>
    <message>
        <source>▾ Fewer charts</source>
        <translation>▾ 차트 접기</translation>
    </message>
    <message>
        <source>▸ More charts ({0})</source>
        <translation>▸ 차트 더 보기 ({0})</translation>
    </message>
    <message>
        <source>No 0-10 answers yet</source>
        <translation>아직 0-10점 응답이 없습니다</translation>
    </message>
    <message>
        <source>give or take {0}, from {1}</source>
        <translation>오차 범위 ±{0}, {1} 기준</translation>
    </message>
    <message>
        <source>{0} against before</source>
        <translation>이전 기간 대비 {0}</translation>
    </message>
    <message>
        <source>{0} before</source>
        <translation>이전 {0}</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>이전 없음</translation>
    </message>
    <message>
        <source>{0} points against before</source>
        <translation>이전 대비 {0}%p</translation>
    </message>
    <message>
        <source>of those with a sentiment</source>
        <translation>감정이 있는 피드백 중</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>아직 답하지 않음</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0}건 기한 지남</translation>
    </message>
    <message>
        <source>{0} within 24 hours</source>
        <translation>{0} 24시간 안에 답함</translation>
    </message>
    <message>
        <source>Feedback that needs a reply</source>
        <translation>답글이 필요한 피드백</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>{1}년 {0}분기</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (지금까지)</translation>
    </message>
    <message>
        <source>{0} (part)</source>
        <translation>{0} (일부)</translation>
    </message>
    <message>
        <source>No 0-10 answers</source>
        <translation>0-10점 응답 없음</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>피드백 없음</translation>
    </message>
    <message>
        <source>No 0-10 answers in this period yet.</source>
        <translation>이 기간에는 아직 0-10점 응답이 없습니다.</translation>
    </message>
    <message>
        <source>NPS {0}, give or take {1}
{2}: promoters {3}, passives {4}, detractors {5}</source>
        <translation>NPS {0}, 오차 범위 ±{1}
{2}: 추천 고객 {3}, 중립 고객 {4}, 비추천 고객 {5}</translation>
    </message>
    <message>
        <source>NPS {0}, give or take {1}, from {2}: the share who would recommend you (9-10) minus the share who would not (0-6). The shaded band is how far chance alone could move it; under each point, how many answered then.</source>
        <translation>NPS {0}, 오차 범위 ±{1}, {2} 기준: 추천하겠다는 고객(9~10점) 비율에서 추천하지 않겠다는 고객(0~6점) 비율을 뺀 값입니다. 음영 띠는 우연만으로 움직일 수 있는 폭이며, 각 점 아래 숫자는 그때의 응답 수입니다.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Answers 0-10</source>
        <translation>0-10점 응답</translation>
    </message>
    <message>
        <source>No 0-10 answers in this period</source>
        <translation>이 기간에는 0-10점 응답이 없습니다</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>비추천 고객 (0-6)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>중립 고객 (7-8)</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>추천 고객 (9-10)</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Only feedback without a sentiment</source>
        <translation>감정이 없는 피드백만 있음</translation>
    </message>
    <message>
        <source>{0} feedback</source>
        <translation>{0} 피드백</translation>
    </message>
    <message>
        <source>No feedback with a sentiment in this period</source>
        <translation>이 기간에는 감정이 있는 피드백이 없습니다</translation>
    </message>
    <message>
        <source>{0} of the feedback with a sentiment was negative.</source>
        <translation>감정이 있는 피드백 중 {0}가 부정이었습니다.</translation>
    </message>
    <message>
        <source>{0} stars on average from {1}</source>
        <translation>평균 별점 {0}점 ({1})</translation>
    </message>
    <message>
        <source>No star ratings</source>
        <translation>별점 없음</translation>
    </message>
    <message>
        <source>Star ratings</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>No star ratings in this period</source>
        <translation>이 기간에는 별점이 없습니다</translation>
    </message>
    <message>
        <source>{0} stars on average from {1}.</source>
        <translation>평균 별점 {0}점 ({1}).</translation>
    </message>
    <message>
        <source>No star ratings in this period.</source>
        <translation>이 기간에는 별점이 없습니다.</translation>
    </message>
    <message>
        <source>★★★★★  5</source>
        <translation>★★★★★  5</translation>
    </message>
    <message>
        <source>★★★★  4</source>
        <translation>★★★★  4</translation>
    </message>
    <message>
        <source>★★★  3</source>
        <translation>★★★  3</translation>
    </message>
    <message>
        <source>★★  2</source>
        <translation>★★  2</translation>
    </message>
    <message>
        <source>★  1</source>
        <translation>★  1</translation>
    </message>
    <message>
        <source>{0}-star ratings</source>
        <translation>별 {0}개 평가</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Estimate {0} from {1} (not NPS)</source>
        <translation>{1} 기준 추정 {0} (NPS 아님)</translation>
    </message>
    <message>
        <source>Estimate from stars</source>
        <translation>별점으로 추정</translation>
    </message>
    <message>
        <source>Not NPS: 5 stars counted as promoters, 4 as passives and 1 to 3 as detractors. Stars do not ask whether customers would recommend you.</source>
        <translation>NPS가 아닙니다. 별 5개는 추천, 4개는 중립, 1~3개는 비추천으로 셌습니다. 별점은 고객이 추천할지를 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Feedback from {0}</source>
        <translation>{0} 피드백</translation>
    </message>
    <message>
        <source>{0}: {1} now, {2} in the same stretch before</source>
        <translation>{0}: 지금 {1}, 이전 같은 기간 {2}</translation>
    </message>
    <message>
        <source>Negative feedback tagged {0}</source>
        <translation>{0} 태그가 붙은 부정 피드백</translation>
    </message>
    <message>
        <source>Positive feedback tagged {0}</source>
        <translation>{0} 태그가 붙은 긍정 피드백</translation>
    </message>
    <message>
        <source>No tagged negative feedback in this period</source>
        <translation>이 기간에는 태그가 붙은 부정 피드백이 없습니다</translation>
    </message>
    <message>
        <source>No tagged positive feedback in this period</source>
        <translation>이 기간에는 태그가 붙은 긍정 피드백이 없습니다</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>답한 피드백</translation>
    </message>
    <message>
        <source>Feedback not answered yet</source>
        <translation>아직 답하지 않은 피드백</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>이 기간에는 피드백이 없습니다</translation>
    </message>
    <message>
        <source>{0} of the feedback was answered.</source>
        <translation>피드백 중 {0}에 답했습니다.</translation>
    </message>
    <message>
        <source>Median {0} to the first answer; {1} of {2} answered within 24 hours</source>
        <translation>첫 답변까지 중앙값 {0}, {2} 중 {1}에 24시간 안에 답함</translation>
    </message>
    <message>
        <source>Nothing answered at a known time</source>
        <translation>답한 시각이 기록된 답변이 없음</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>중앙값 (시간)</translation>
    </message>
    <message>
        <source>Answered feedback (the median counts those answered at a known time)</source>
        <translation>답한 피드백 (중앙값은 답한 시각이 기록된 것만 셉니다)</translation>
    </message>
    <message>
        <source>Nothing answered at a known time in this period</source>
        <translation>이 기간에는 답한 시각이 기록된 답변이 없습니다</translation>
    </message>
    <message>
        <source>Median {0} to the first answer; {1} answered within 24 hours.</source>
        <translation>첫 답변까지 중앙값 {0}, {1}에 24시간 안에 답했습니다.</translation>
    </message>
    <message>
        <source>Nothing was answered at a known time in this period.</source>
        <translation>이 기간에는 답한 시각이 기록된 답변이 없습니다.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>Before an update of Feedback Desk</source>
        <translation>Feedback Desk 업데이트 전</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>가져오기 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Before a move</source>
        <translation>옮기기 전</translation>
    </message>
    <message>
        <source>Restoring the backup of {0}…</source>
        <translation>{0} 백업을 복원하는 중…</translation>
    </message>
    <message>
        <source>Restored the backup of {0}. The database as it was before is kept as a backup (Before a restore).</source>
        <translation>{0} 백업을 복원했습니다. 복원 전 데이터베이스는 백업(복원 전)으로 보관했습니다.</translation>
    </message>
    <message>
        <source>Moving the database to {0}…</source>
        <translation>데이터베이스를 {0}(으)로 옮기는 중…</translation>
    </message>
    <message>
        <source>The database is now in {0}; the old file is kept as {1}.</source>
        <translation>데이터베이스가 이제 {0}에 있습니다. 예전 파일은 {1}(으)로 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>Open it with --db {0} from now on.</source>
        <translation>앞으로는 --db {0}(으)로 여세요.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>데이터베이스 옮기기</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>직접 지정함.</translation>
    </message>
    <message>
        <source>From the customer&apos;s answer of {0} out of 10.</source>
        <translation>고객이 10점 만점에 {0}점을 준 응답에서.</translation>
    </message>
    <message>
        <source>From the customer&apos;s {0}-star rating.</source>
        <translation>고객이 준 별 {0}개 평가에서.</translation>
    </message>
    <message>
        <source>Read from the words by the Korean text model: neither clearly positive nor negative.</source>
        <translation>한국어 텍스트 모델로 내용을 읽고 판단함: 뚜렷하게 긍정도 부정도 아닙니다.</translation>
    </message>
    <message>
        <source>Read from the words by the Korean text model ({0} sure).</source>
        <translation>한국어 텍스트 모델로 내용을 읽고 판단함 (확신도 {0}).</translation>
    </message>
    <message>
        <source>Read from the words (VADER score {0:+.2f}).</source>
        <translation>내용을 읽고 판단함 (VADER 점수 {0:+.2f}).</translation>
    </message>
    <message>
        <source>Not scored: the text is in neither English nor Korean, the languages Feedback Desk reads, and there is no rating.</source>
        <translation>판단 안 됨: 글이 Feedback Desk가 읽는 언어(영어, 한국어)가 아니고 별점도 없습니다.</translation>
    </message>
    <message>
        <source>Not scored: there is no text or rating to go by.</source>
        <translation>판단 안 됨: 판단할 글이나 별점이 없습니다.</translation>
    </message>
    <message>
        <source>Answered {0} after it arrived.</source>
        <translation>받은 뒤 {0} 만에 답했습니다.</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>답했습니다.</translation>
    </message>
    <message>
        <source>Waiting for an answer for {0}.</source>
        <translation>{0}째 답을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Changes here apply to every selected item.</source>
        <translation>여기서 바꾸면 선택한 모든 항목에 적용됩니다.</translation>
    </message>
    <message>
        <source>Select feedback to read it in full.</source>
        <translation>피드백을 고르면 전체 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Mixed signals: the words and the score disagree. Worth a closer look.</source>
        <translation>엇갈린 평가: 내용과 점수가 어긋납니다. 한번 자세히 보세요.</translation>
    </message>
    <message>
        <source>Marked as spam or fake: it counts in no figure.</source>
        <translation>스팸 또는 허위로 표시됨: 어떤 수치에도 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>Edit reply...</source>
        <translation>답글 고치기...</translation>
    </message>
    <message>
        <source>Reply...</source>
        <translation>답글 달기...</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} 또는 {1}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}와(과) {1}</translation>
    </message>
    <message>
        <source>{0}k</source>
        <translation>{0}천</translation>
    </message>
    <message>
        <source>{0}M</source>
        <translation>{0}백만</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>구글</translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation>옐프</translation>
    </message>
    <message>
        <source>Naver</source>
        <translation>네이버</translation>
    </message>
    <message>
        <source>Kakao Map</source>
        <translation>카카오맵</translation>
    </message>
    <message>
        <source>Baemin</source>
        <translation>배달의민족</translation>
    </message>
    <message>
        <source>Coupang Eats</source>
        <translation>쿠팡이츠</translation>
    </message>
    <message>
        <source>Yogiyo</source>
        <translation>요기요</translation>
    </message>
    <message>
        <source>Daangn</source>
        <translation>당근</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>인스타그램</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>페이스북</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>매장 방문</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>판단 안 됨</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>답글 필요</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>답글 완료</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>무시함</translation>
    </message>
    <message>
        <source>NPS {0}</source>
        <translation>NPS {0}점</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0}시간</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0}일</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>d</source>
        <translation>일</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>주</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>년</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Offer or discount</source>
        <translation>혜택 또는 할인</translation>
    </message>
    <message>
        <source>Ask for a review</source>
        <translation>리뷰 요청</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공개 답글</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>직접 만나서</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>재방문함</translation>
    </message>
    <message>
        <source>Review updated</source>
        <translation>리뷰 수정됨</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>혜택 받음</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>연락 안 됨</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy년 M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>happier</source>
        <translation>만족도가 올랐습니다</translation>
    </message>
    <message>
        <source>not happier yet</source>
        <translation>아직 만족도가 오르지 않았습니다</translation>
    </message>
    <message>
        <source>Last time ({0}): {1}, and you answered. Now {2}: {3}.</source>
        <translation>지난번({0}): {1}, 답을 드렸습니다. 이번 {2}: {3}.</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{1}까지 {0}</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>계획 없음.</translation>
    </message>
    <message>
        <source>Done {0}: {1} — {2}</source>
        <translation>{0} 완료: {1} — {2}</translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>고객: {0}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Making the demo desk…</source>
        <translation>체험용 피드백함을 만드는 중…</translation>
    </message>
    <message>
        <source>Try demo data</source>
        <translation>체험용 데이터 사용해 보기</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Spreadsheet, CSV (*.csv)</source>
        <translation>스프레드시트, CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>전체 내보내기</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <source> on the disk holding {0}</source>
        <translation>{0}이(가) 있는 디스크에서 </translation>
    </message>
    <message>
        <source>The disk is full, so {lost}. Nothing was lost: your feedback is as it was. Free at least {room}{where} and try again.</source>
        <translation>디스크가 가득 차서 {lost}. 잃은 데이터는 없으며 피드백은 그대로입니다. {where}{room} 이상 공간을 비운 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database cannot be written to (it is read-only), so {lost}.</source>
        <translation>데이터베이스가 읽기 전용이라 쓸 수 없어 {lost}.</translation>
    </message>
    <message>
        <source>Feedback Desk may not write in {folder} (it is read-only, or another user&apos;s), so {lost}. Choose another folder, or allow changes to this one.</source>
        <translation>Feedback Desk가 {folder}에 쓸 수 없어(읽기 전용이거나 다른 사용자의 폴더) {lost}. 다른 폴더를 고르거나 이 폴더에 쓰기를 허용하세요.</translation>
    </message>
    <message>
        <source>Another copy of Feedback Desk or another program was using the file, so {lost}. Try again in a moment.</source>
        <translation>Feedback Desk의 다른 창이나 다른 프로그램이 파일을 쓰고 있어 {lost}. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>holding {0} </source>
        <translation>{0}이(가) 있는 </translation>
    </message>
    <message>
        <source>The disk {where}could not be read or written (an input/output error), so {lost}. Check that the disk is connected and sound, then try again.</source>
        <translation>{where}디스크를 읽거나 쓸 수 없어(입출력 오류) {lost}. 디스크가 제대로 연결되어 있고 이상이 없는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>the calendar file was not written</source>
        <translation>캘린더 파일을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>the database was not replaced</source>
        <translation>데이터베이스를 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the backup was not restored</source>
        <translation>백업을 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>the database was not moved</source>
        <translation>데이터베이스를 옮기지 않았습니다</translation>
    </message>
    <message>
        <source>nothing was exported</source>
        <translation>아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the new place was not recorded</source>
        <translation>새 위치를 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>no backup was made</source>
        <translation>백업을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>the templates were not exported</source>
        <translation>템플릿을 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>the demo desk was not made</source>
        <translation>체험용 피드백함을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>the customer was not saved</source>
        <translation>고객 정보를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>nothing was erased</source>
        <translation>아무것도 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>nothing was moved</source>
        <translation>아무것도 옮기지 않았습니다</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>변경 내용을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the chart was not saved</source>
        <translation>차트를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the team server was not remembered</source>
        <translation>팀 서버 설정을 저장하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>Follow up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>후속 조치 바꾸기</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>후속 조치 완료</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>후속 조치 삭제</translation>
    </message>
    <message>
        <source>Follow-up not saved</source>
        <translation>후속 조치를 저장하지 못함</translation>
    </message>
    <message>
        <source>the follow-up was not saved</source>
        <translation>후속 조치를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>It now says: {0} by {1}, {2}. Save again to keep yours instead.</source>
        <translation>지금 내용: {0}, 담당 {1}, {2}. 내 내용으로 바꾸려면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>It is marked done.</source>
        <translation>완료로 표시되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Feedback text</source>
        <translation>피드백 내용</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>Stars (1-5)</source>
        <translation>별점 (1-5)</translation>
    </message>
    <message>
        <source>Recommend score (0-10)</source>
        <translation>추천 점수 (0-10)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Review or response id</source>
        <translation>리뷰 또는 응답 ID</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>내 답글</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>답글 날짜</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Keep as an extra field</source>
        <translation>추가 항목으로 보관</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>a Google Forms survey</source>
        <translation>구글 설문지</translation>
    </message>
    <message>
        <source>a survey tool&apos;s NPS export</source>
        <translation>설문 도구의 NPS 내보내기 파일</translation>
    </message>
    <message>
        <source>a survey tool&apos;s export</source>
        <translation>설문 도구에서 내보낸 파일</translation>
    </message>
    <message>
        <source>a Trustpilot export</source>
        <translation>Trustpilot에서 내보낸 파일</translation>
    </message>
    <message>
        <source>Google Play reviews</source>
        <translation>Google Play 리뷰</translation>
    </message>
    <message>
        <source>a shop review app&apos;s export</source>
        <translation>쇼핑몰 리뷰 앱에서 내보낸 파일</translation>
    </message>
    <message>
        <source>a review site&apos;s export</source>
        <translation>리뷰 사이트의 내보내기 파일</translation>
    </message>
    <message>
        <source>Google reviews from Google Takeout</source>
        <translation>Google 테이크아웃의 구글 리뷰</translation>
    </message>
    <message>
        <source>a table of feedback</source>
        <translation>피드백 표</translation>
    </message>
    <message>
        <source>its name says so</source>
        <translation>열 이름이 그렇게 되어 있음</translation>
    </message>
    <message>
        <source>a word in its name says so</source>
        <translation>열 이름의 단어가 그렇게 알려 줌</translation>
    </message>
    <message>
        <source>its name and values are dates</source>
        <translation>열 이름과 값이 날짜임</translation>
    </message>
    <message>
        <source>the date the answer was sent or the review written</source>
        <translation>응답을 보낸 날짜 또는 리뷰를 쓴 날짜</translation>
    </message>
    <message>
        <source>another date (start, update or visit): kept, not used</source>
        <translation>다른 날짜(시작, 수정, 방문): 보관만 하고 쓰지 않음</translation>
    </message>
    <message>
        <source>it holds your replies</source>
        <translation>사장님 답글이 들어 있음</translation>
    </message>
    <message>
        <source>the date of your reply</source>
        <translation>답글을 쓴 날짜</translation>
    </message>
    <message>
        <source>its answers are stars from 1 to 5</source>
        <translation>값이 1~5점 별점임</translation>
    </message>
    <message>
        <source>its answers are 0 to 10 under a recommend question</source>
        <translation>추천 질문 아래의 0~10점 응답임</translation>
    </message>
    <message>
        <source>it asks whether they would recommend you</source>
        <translation>추천 의향을 묻는 질문임</translation>
    </message>
    <message>
        <source>answers written in their own words</source>
        <translation>고객이 직접 쓴 답변</translation>
    </message>
    <message>
        <source>the longest texts in the file</source>
        <translation>파일에서 가장 긴 글</translation>
    </message>
    <message>
        <source>a place, app or shop name, not a customer</source>
        <translation>고객이 아니라 장소, 앱 또는 매장 이름</translation>
    </message>
    <message>
        <source>details of the export itself: kept, not used</source>
        <translation>내보내기 파일 자체의 정보: 보관만 하고 쓰지 않음</translation>
    </message>
    <message>
        <source>another column already holds this: kept, not used</source>
        <translation>다른 열에 이미 같은 내용이 있음: 보관만 하고 쓰지 않음</translation>
    </message>
    <message>
        <source>not recognised: kept with each item</source>
        <translation>알 수 없는 열: 각 피드백에 함께 보관</translation>
    </message>
    <message>
        <source>Google&apos;s own field name</source>
        <translation>Google의 필드 이름</translation>
    </message>
    <message>
        <source>as you chose last time for this kind of file</source>
        <translation>이런 파일에 지난번에 고르신 대로</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>직접 고르신 대로</translation>
    </message>
    <message>
        <source>the file says so at its start</source>
        <translation>파일 첫머리에 그렇게 적혀 있음</translation>
    </message>
    <message>
        <source>the file is written in UTF-16 (Excel&apos;s Unicode Text)</source>
        <translation>UTF-16(Excel의 유니코드 텍스트)으로 저장된 파일</translation>
    </message>
    <message>
        <source>every character in the file is valid UTF-8</source>
        <translation>파일의 모든 글자가 올바른 UTF-8임</translation>
    </message>
    <message>
        <source>the file is UTF-8 with a few bad bytes; they show as � in the rows named below</source>
        <translation>UTF-8 파일이지만 잘못된 바이트가 조금 있습니다. 아래에 적힌 행에서 �로 보입니다</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and its letters make sense in this code page</source>
        <translation>UTF-8이 아니며, 이 코드 페이지로 읽으면 글자가 자연스러움</translation>
    </message>
    <message>
        <source>no other encoding reads the whole file: please check the letters</source>
        <translation>파일 전체를 읽을 수 있는 다른 인코딩이 없습니다: 글자가 맞는지 확인해 주세요</translation>
    </message>
    <message>
        <source>Change where a column goes, or import the other rows and skip these:</source>
        <translation>열이 들어갈 곳을 바꾸거나, 이 행들은 건너뛰고 나머지 행을 가져오세요:</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>{0}행: {1}</translation>
    </message>
    <message>
        <source>Import the other rows</source>
        <translation>나머지 행 가져오기</translation>
    </message>
    <message>
        <source>Every row can be read.</source>
        <translation>모든 행을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Rows with bytes that are not UTF-8 (shown as �): {0}</source>
        <translation>UTF-8이 아닌 바이트가 있는 행(�로 표시): {0}</translation>
    </message>
    <message>
        <source>Row {0}: the same as row {1} of this file</source>
        <translation>{0}행: 이 파일의 {1}행과 같음</translation>
    </message>
    <message>
        <source>Row {0}: already there as item {1}</source>
        <translation>{0}행: 이미 {1}번 피드백으로 있음</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>{0}행: {1}</translation>
    </message>
    <message>
        <source>1 row cannot be read ({0}); nothing was imported</source>
        <translation>1개 행을 읽을 수 없어({0}) 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{0} rows cannot be read ({1}); nothing was imported</source>
        <translation>{0}개 행을 읽을 수 없어({1}) 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{0} rows cannot be read ({1} and {2} more); nothing was imported</source>
        <translation>{0}개 행을 읽을 수 없어({1} 외 {2}개) 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of feedback under it.</source>
        <translation>파일에 머리글 행은 있지만 그 아래에 피드백 행이 없습니다.</translation>
    </message>
    <message>
        <source>No column of this file holds feedback text, stars or a score that I recognise, so none of its {0} rows can be imported. Its columns are: {1}. In the preview, choose what a column holds in its &apos;Goes into&apos; list; on the command line, name it, e.g. --map body=COLUMN or --map rating=COLUMN.</source>
        <translation>이 파일에는 피드백 내용, 별점, 점수로 알아볼 수 있는 열이 없어 {0}개 행을 하나도 가져올 수 없습니다. 파일의 열: {1}. 미리보기에서 각 열의 &apos;들어갈 곳&apos; 목록으로 열에 담긴 내용을 선택하세요. 명령줄에서는 --map body=COLUMN 또는 --map rating=COLUMN처럼 지정하세요.</translation>
    </message>
    <message>
        <source>The one row could not be read; the problem is on row {0}: {1}.</source>
        <translation>하나뿐인 행을 읽을 수 없습니다. 문제는 {0}행에 있습니다: {1}.</translation>
    </message>
    <message>
        <source>None of the {0} rows could be read; the first problem is on row {1}: {2}.</source>
        <translation>{0}개 행을 하나도 읽을 수 없습니다. 첫 문제는 {1}행에 있습니다: {2}.</translation>
    </message>
    <message>
        <source>There is no import number {0} to undo.</source>
        <translation>취소할 {0}번 가져오기가 없습니다.</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}. Nothing was imported.</source>
        <translation>파일을 읽을 수 없습니다: {0}. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>빈 파일입니다.</translation>
    </message>
    <message>
        <source> In Excel, choose File &gt; Save As &gt; CSV UTF-8, then import that file.</source>
        <translation> Excel에서 파일 &gt; 다른 이름으로 저장 &gt; CSV UTF-8을 선택해 저장한 뒤 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>This file looks like an image, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 이미지로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like a photo or video, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 사진이나 동영상으로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like a PDF document, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 PDF 문서로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like an Excel workbook (.xlsx) or a zip archive, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 Excel 통합 문서(.xlsx)나 zip 압축 파일로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like an old Excel (.xls) or Word document, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 예전 Excel(.xls)이나 Word 문서로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like a compressed (gzip) archive, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 압축 파일(gzip)로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like a compressed (7z) archive, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 압축 파일(7z)로 보입니다.</translation>
    </message>
    <message>
        <source>This file looks like a compressed (rar) archive, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 압축 파일(rar)로 보입니다.</translation>
    </message>
    <message>
        <source>This file contains binary data (NUL bytes) near the start, not text: it is not a table of feedback.</source>
        <translation>이 파일은 앞부분에 텍스트가 아닌 바이너리 데이터(NUL 바이트)가 있어 피드백 표가 아닙니다.</translation>
    </message>
    <message>
        <source>This file contains binary data (NUL bytes) at byte {0}, not text: it is not a table of feedback.</source>
        <translation>이 파일은 {0}번째 바이트에 텍스트가 아닌 바이너리 데이터(NUL 바이트)가 있어 피드백 표가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a text encoding I know. Choose one such as utf-8, cp949 (Korean Excel) or cp1252 (Western Excel), or leave it out.</source>
        <translation>&apos;{0}&apos;은(는) 알 수 없는 텍스트 인코딩입니다. utf-8, cp949(한국어 Excel), cp1252(서유럽 Excel) 같은 인코딩을 선택하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>The file cannot be read as {0}: it has bytes that encoding does not allow. Try another encoding or automatic.</source>
        <translation>파일을 {0}(으)로 읽을 수 없습니다. 그 인코딩에서 쓸 수 없는 바이트가 있습니다. 다른 인코딩이나 자동을 선택해 보세요.</translation>
    </message>
    <message>
        <source>The file says it is {0} but has bytes that are not {0}.</source>
        <translation>파일에는 {0}(이)라고 적혀 있지만 {0}이(가) 아닌 바이트가 있습니다.</translation>
    </message>
    <message>
        <source>I could not find a header row (the column names) at the top of this file, so I cannot tell what its columns are.</source>
        <translation>이 파일 맨 위에서 머리글 행(열 이름)을 찾을 수 없어 각 열에 무엇이 담겼는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>This JSON file nests its values too deeply to be a table of records (lists inside lists, hundreds of levels down).</source>
        <translation>이 JSON 파일은 값이 너무 깊이 겹쳐 있어(목록 안의 목록이 수백 단계) 기록의 표로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This JSON file holds a number thousands of digits long, which is not a value of feedback; it cannot be read as a table.</source>
        <translation>이 JSON 파일에는 수천 자리나 되는 숫자가 있습니다. 피드백 값이 아니므로 표로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This file holds more than one JSON document: something follows the end of the first one, and it would be lost. Put all the records in one list [ ... ], or save each document as a file of its own and import them one by one.</source>
        <translation>이 파일에는 JSON 문서가 둘 이상 있습니다. 첫 문서가 끝난 뒤에도 내용이 이어져 그대로 두면 잃게 됩니다. 모든 기록을 목록 하나 [ ... ]에 넣거나, 문서마다 따로 파일로 저장해 하나씩 가져오세요.</translation>
    </message>
    <message>
        <source>This JSON file is broken ({0}), so it cannot be read as a table.</source>
        <translation>이 JSON 파일은 손상되어({0}) 표로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This JSON file is a list of values, not a list of records with named fields, so it cannot be read as a table.</source>
        <translation>이 JSON 파일은 이름 붙은 필드가 있는 기록의 목록이 아니라 값의 목록이라 표로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This JSON file has no list of reviews or records in it.</source>
        <translation>이 JSON 파일에는 리뷰나 기록의 목록이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a single-character column separator.</source>
        <translation>&apos;{0}&apos;은(는) 한 글자로 된 열 구분 기호가 아닙니다.</translation>
    </message>
    <message>
        <source>The file could not be read as rows and columns.</source>
        <translation>파일을 행과 열로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This file looks like binary data, not a table of feedback.</source>
        <translation>이 파일은 피드백 표가 아니라 바이너리 데이터로 보입니다.</translation>
    </message>
    <message>
        <source>The file has a single line of text, not a table with a header row and rows below it.</source>
        <translation>이 파일은 텍스트 한 줄뿐이라, 머리글 행과 그 아래 행으로 된 표가 아닙니다.</translation>
    </message>
    <message>
        <source>This looks like plain text, not a table with named columns.</source>
        <translation>이름 붙은 열이 있는 표가 아니라 일반 텍스트로 보입니다.</translation>
    </message>
    <message>
        <source>This JSON file has no records in it.</source>
        <translation>이 JSON 파일에는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>the row has {0} values but the file has {1} columns (a comma inside a value without quotes?)</source>
        <translation>이 행에는 값이 {0}개 있지만 파일의 열은 {1}개입니다(따옴표 없이 값 안에 쉼표가 들어갔을 수 있습니다)</translation>
    </message>
    <message>
        <source>This Excel workbook is protected by a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save, and import it.</source>
        <translation>이 Excel 통합 문서는 암호로 보호되어 읽을 수 없습니다. Excel에서 열어 암호를 해제하고(파일 &gt; 정보 &gt; 통합 문서 보호) 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>This Excel workbook cannot be read: it seems damaged or cut short. Open it in Excel and save it again (or save it as CSV UTF-8), then import that file.</source>
        <translation>이 Excel 통합 문서를 읽을 수 없습니다. 손상되었거나 중간에 잘린 것 같습니다. Excel에서 열어 다시 저장(또는 CSV UTF-8로 저장)한 뒤 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>This workbook has no sheet named &apos;{0}&apos;; its sheets are: {1}.</source>
        <translation>이 통합 문서에는 &apos;{0}&apos; 시트가 없습니다. 있는 시트: {1}.</translation>
    </message>
    <message>
        <source>No sheet of this workbook holds a table with a row of column names (sheets: {0}).</source>
        <translation>이 통합 문서에는 열 이름 행이 있는 표를 담은 시트가 없습니다(시트: {0}).</translation>
    </message>
    <message>
        <source>The file cannot be read past row {0}: a NUL byte (binary data) there. Open it in a spreadsheet, check that row, and save it again as CSV UTF-8.</source>
        <translation>{0}행에 NUL 바이트(바이너리 데이터)가 있어 그 뒤로는 파일을 읽을 수 없습니다. 스프레드시트에서 열어 그 행을 확인하고 CSV UTF-8로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The file cannot be read past row {0}: a broken quote or line there. Open it in a spreadsheet, check that row, and save it again as CSV UTF-8.</source>
        <translation>{0}행의 따옴표나 줄이 깨져 있어 그 뒤로는 파일을 읽을 수 없습니다. 스프레드시트에서 열어 그 행을 확인하고 CSV UTF-8로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>빈 행</translation>
    </message>
    <message>
        <source>date &apos;{0}&apos; has a time that is not a 12-hour time</source>
        <translation>날짜 &apos;{0}&apos;의 시각이 12시간제 시각이 아닙니다</translation>
    </message>
    <message>
        <source>date &apos;{0}&apos; could be day-first or month-first: say which order the file uses</source>
        <translation>날짜 &apos;{0}&apos;은(는) 일이 먼저인지 월이 먼저인지 알 수 없습니다. 파일의 날짜 순서를 지정하세요</translation>
    </message>
    <message>
        <source>date &apos;{0}&apos; is not a date</source>
        <translation>&apos;{0}&apos;은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>date &apos;{0}&apos; is not a real date or time</source>
        <translation>날짜 &apos;{0}&apos;은(는) 실제로 있는 날짜나 시각이 아닙니다</translation>
    </message>
    <message>
        <source>stars &apos;{0}&apos; is not a rating from 1 to 5</source>
        <translation>별점 &apos;{0}&apos;은(는) 1에서 5 사이의 별점이 아닙니다</translation>
    </message>
    <message>
        <source>score &apos;{0}&apos; is not an answer from 0 to 10</source>
        <translation>점수 &apos;{0}&apos;은(는) 0-10점 응답이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a preset; the presets are: {1}</source>
        <translation>&apos;{0}&apos;은(는) 미리 정한 형식이 아닙니다. 쓸 수 있는 형식: {1}</translation>
    </message>
    <message>
        <source>there is no column &apos;{0}&apos;; the columns are: {1}</source>
        <translation>&apos;{0}&apos; 열이 없습니다. 있는 열: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a field; the fields are: {1}</source>
        <translation>&apos;{0}&apos;은(는) 필드가 아닙니다. 쓸 수 있는 필드: {1}</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>paste</name>
    <message>
        <source>there is no text to keep</source>
        <translation>저장할 내용이 없습니다</translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>지금 누가 사용하시나요?</translation>
    </message>
    <message>
        <source>Your replies, notes and changes are signed with your name, so the team knows who did what. Choose yourself or type your name:</source>
        <translation>답글, 메모, 변경 사항에 이름이 남아 팀이 누가 무엇을 했는지 알 수 있습니다. 본인을 고르거나 이름을 입력하세요:</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Your database, its backups and the logs could be read by other accounts on this computer; now only you can read them.</source>
        <translation>데이터베이스, 백업, 로그를 이 컴퓨터의 다른 계정도 읽을 수 있었습니다. 이제 사장님 계정만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> 외 {0}명</translation>
    </message>
    <message>
        <source>Forget customers not heard from?</source>
        <translation>오랫동안 소식이 없는 고객의 정보를 지울까요?</translation>
    </message>
    <message>
        <source>{0} customers have not been heard from in {1} years: {2}.

Erase their names, e-mails and phone numbers now? What they said and their scores stay. From now on this happens on its own when Feedback Desk starts (Settings: Forget customers after).</source>
        <translation>고객 {0}명이 {1}년 동안 소식이 없습니다: {2}.

이분들의 이름, 이메일, 전화번호를 지금 지우시겠습니까? 남긴 말과 점수는 그대로 남습니다. 앞으로는 Feedback Desk를 시작할 때 자동으로 지웁니다 (설정: 고객 정보 보관 기간).</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>The team server cannot be reached, so {0}. Nothing half-done was kept on it. What you typed is still here: save it again once the server is back (the window says so).</source>
        <translation>팀 서버에 연결할 수 없어 {0}. 서버에는 반쯤 된 작업이 남지 않았습니다. 입력한 내용은 그대로 있으니 서버가 돌아오면 다시 저장하세요(창에 표시됩니다).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The paper the report is laid out for</source>
        <translation>보고서를 맞출 용지</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>인쇄...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDF로 저장...</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>폭에 맞추기</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>전체 페이지</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>One or two pages for the staff-room wall or the accountant: how customers felt this month, what they loved, what to fix and the follow-ups still open. Made on this computer; nothing is sent anywhere.</source>
        <translation>휴게실 벽에 붙이거나 세무사에게 건넬 한두 쪽짜리 보고서입니다. 이번 달 고객 반응, 칭찬받은 점, 고칠 점, 남은 후속 조치를 담습니다. 이 컴퓨터에서 만들며 어디로도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>모든 매장</translation>
    </message>
    <message>
        <source>Feedback Desk could not read the month&apos;s figures just now ({0}). Nothing was changed; they are read again when you come back or choose a month.</source>
        <translation>지금은 이번 달 수치를 읽지 못했습니다({0}). 바뀐 것은 없습니다. 돌아오거나 달을 고르면 다시 읽습니다.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>보고서를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Choose a file name for the report.</source>
        <translation>{0}은(는) 파일이 아니라 폴더입니다. 보고서 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>{0} is not an ordinary file (it may be a device or a socket). Choose another file name for the report.</source>
        <translation>{0}은(는) 일반 파일이 아닙니다(장치나 소켓일 수 있습니다). 보고서 파일 이름을 다르게 정하세요.</translation>
    </message>
    <message>
        <source>the report was not saved</source>
        <translation>보고서를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>The report could not be drawn: the file or printer is not available.</source>
        <translation>보고서를 그리지 못했습니다. 파일이나 프린터를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The report could not be finished: the file or printer failed.</source>
        <translation>보고서를 끝까지 쓰지 못했습니다: 파일이나 프린터에 문제가 생겼습니다.</translation>
    </message>
    <message>
        <source>{0} (so far)</source>
        <translation>{0} (지금까지)</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>고객 피드백</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (계속)</translation>
    </message>
    <message>
        <source>Import or paste feedback in Feedback Desk, then make the report again.</source>
        <translation>Feedback Desk에 피드백을 가져오거나 붙여넣은 뒤 보고서를 다시 만드세요.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>no 0-10 answers</source>
        <translation>0-10점 응답 없음</translation>
    </message>
    <message>
        <source>no 0-10 answers in {0}</source>
        <translation>{0}에 0-10점 응답 없음</translation>
    </message>
    <message>
        <source>same as {0}</source>
        <translation>{0}와(과) 같음</translation>
    </message>
    <message>
        <source>▲ {0} on {1}</source>
        <translation>{1} 대비 ▲ {0}</translation>
    </message>
    <message>
        <source>▼ {0} on {1}</source>
        <translation>{1} 대비 ▼ {0}</translation>
    </message>
    <message>
        <source>± {0}</source>
        <translation>± {0}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{1} {0}건</translation>
    </message>
    <message>
        <source>Average stars</source>
        <translation>평균 별점</translation>
    </message>
    <message>
        <source>no star ratings</source>
        <translation>별점 없음</translation>
    </message>
    <message>
        <source>{0} ★</source>
        <translation>{0} ★</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>{0} of {1} replied</source>
        <translation>{1}건 중 {0}건 답함</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 답변</translation>
    </message>
    <message>
        <source>no timed replies</source>
        <translation>시각이 기록된 답글 없음</translation>
    </message>
    <message>
        <source>median time to a reply</source>
        <translation>답글까지 걸린 시간 (중앙값)</translation>
    </message>
    <message>
        <source>{0} within 24 hours</source>
        <translation>{0} 24시간 안에 답함</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0}건 기한 지남</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>기한 지난 일 없음</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>완료한 후속 조치</translation>
    </message>
    <message>
        <source>{0} still open</source>
        <translation>{0}건 진행 중</translation>
    </message>
    <message>
        <source>NPS, last 12 months</source>
        <translation>NPS, 최근 12개월</translation>
    </message>
    <message>
        <source>Shaded: 95% margin of error</source>
        <translation>색칠한 부분: 95% 오차 범위</translation>
    </message>
    <message>
        <source>{0} · gaps: no 0-10 answers</source>
        <translation>{0} · 빈 곳: 0-10점 응답 없음</translation>
    </message>
    <message>
        <source>No 0-10 answers in these 12 months.</source>
        <translation>이 12개월 동안 0-10점 응답이 없습니다.</translation>
    </message>
    <message>
        <source>How customers felt</source>
        <translation>고객 반응</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>중립</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>None of this month&apos;s feedback could be read as positive or negative.</source>
        <translation>이번 달 피드백 중 긍정이나 부정으로 판단할 수 있는 것이 없습니다.</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>vs {0}</source>
        <translation>{0} 대비</translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation>주요 문제</translation>
    </message>
    <message>
        <source>No problems tagged this month.</source>
        <translation>이번 달에는 태그가 붙은 문제가 없습니다.</translation>
    </message>
    <message>
        <source>▲ {0}</source>
        <translation>▲ {0}</translation>
    </message>
    <message>
        <source>▼ {0}</source>
        <translation>▼ {0}</translation>
    </message>
    <message>
        <source>What customers loved</source>
        <translation>고객이 좋아한 점</translation>
    </message>
    <message>
        <source>No praise to quote this month.</source>
        <translation>이번 달에는 소개할 칭찬이 없습니다.</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>고칠 점</translation>
    </message>
    <message>
        <source>No complaints to quote this month.</source>
        <translation>이번 달에는 소개할 불만이 없습니다.</translation>
    </message>
    <message>
        <source>”</source>
        <translation>”</translation>
    </message>
    <message>
        <source>“</source>
        <translation>“</translation>
    </message>
    <message>
        <source>— {0}</source>
        <translation>— {0}</translation>
    </message>
    <message>
        <source>{0} open · {1} overdue</source>
        <translation>{0}건 진행 중 · {1}건 기한 지남</translation>
    </message>
    <message>
        <source>Follow-ups open on {0}</source>
        <translation>{0} 기준 진행 중인 후속 조치</translation>
    </message>
    <message>
        <source>Every follow-up is done.</source>
        <translation>후속 조치를 모두 마쳤습니다.</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}, 기한 지남</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>외 {0}건</translation>
    </message>
    <message>
        <source>Made with Feedback Desk on {0}. NPS counts only answers from 0 to 10; ± is the 95% margin of error.</source>
        <translation>{0} Feedback Desk로 만들었습니다. NPS는 0-10점 응답만 셉니다. ±는 95% 오차 범위입니다.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>{0} / {1}쪽</translation>
    </message>
</context>
<context>
    <name>response_times</name>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>typical time to first response (median)</source>
        <translation>첫 답변까지 보통 걸리는 시간 (중앙값)</translation>
    </message>
    <message>
        <source>{0} answered within 24 hours</source>
        <translation>{0} 24시간 안에 답함</translation>
    </message>
    <message>
        <source>{0} of {1} answered at a known time</source>
        <translation>{1}건 중 {0}건은 답한 시각이 기록됨</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>이 기간에는 피드백이 없습니다</translation>
    </message>
    <message>
        <source>How fast you answer</source>
        <translation>답변 속도</translation>
    </message>
    <message>
        <source>Customers expect an answer within hours. Time to first response counts from when the feedback was given to your first reply.</source>
        <translation>고객은 몇 시간 안에 답을 기대합니다. 첫 답변 시간은 피드백을 받은 때부터 첫 답글까지입니다.</translation>
    </message>
    <message>
        <source>Last {0} days</source>
        <translation>최근 {0}일</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>24시간 이내</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Of theirs within 24 h</source>
        <translation>본인 담당 중 24시간 이내</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Who answered first</source>
        <translation>누가 먼저 답했나</translation>
    </message>
    <message>
        <source>No replies yet. Answer a review (select it in the Inbox and press R) and its response time shows here.</source>
        <translation>아직 답글이 없습니다. 리뷰에 답하면(피드백함에서 골라 R) 여기에 답변 시간이 나옵니다.</translation>
    </message>
    <message>
        <source>No replies in the last 12 months.</source>
        <translation>최근 12개월 동안 답글이 없습니다.</translation>
    </message>
    <message>
        <source>Not recorded (imported)</source>
        <translation>기록 없음 (가져옴)</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Restored 1 feedback item and 1 customer from {2}.</source>
        <translation>{2}에서 피드백 1건과 고객 1명을 복원했습니다.</translation>
    </message>
    <message>
        <source>Restored 1 feedback item and {1} customers from {2}.</source>
        <translation>{2}에서 피드백 1건과 고객 {1}명을 복원했습니다.</translation>
    </message>
    <message>
        <source>Restored {0} feedback items and 1 customer from {2}.</source>
        <translation>{2}에서 피드백 {0}건과 고객 1명을 복원했습니다.</translation>
    </message>
    <message>
        <source>Restored {0} feedback items and {1} customers from {2}.</source>
        <translation>{2}에서 피드백 {0}건과 고객 {1}명을 복원했습니다.</translation>
    </message>
    <message>
        <source>This desk is not empty (it holds {0}), so {1} was not restored and nothing changed. Restore an export into a new database file instead, e.g. feedback-desk --db NEW.db import EXPORT.</source>
        <translation>이 데스크가 비어 있지 않아({0}) {1}을(를) 복원하지 않았으며 바뀐 것은 없습니다. 내보낸 파일은 새 데이터베이스 파일로 복원하세요. 예: feedback-desk --db NEW.db import EXPORT</translation>
    </message>
    <message>
        <source>{0} is not a Feedback Desk export; nothing changed.</source>
        <translation>{0}은(는) Feedback Desk에서 내보낸 파일이 아닙니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>{0} is damaged: a record has no {1}. Nothing was restored.</source>
        <translation>{0}이(가) 손상되었습니다. {1}이(가) 없는 기록이 있습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} is damaged: a value does not fit where it is ({1}). Nothing was restored.</source>
        <translation>{0}이(가) 손상되었습니다. 자리에 맞지 않는 값이 있습니다({1}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>1 feedback item</source>
        <translation>피드백 1건</translation>
    </message>
    <message>
        <source>{0} feedback items</source>
        <translation>피드백 {0}건</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>고객 1명</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>고객 {0}명</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>후속 조치 1건</translation>
    </message>
    <message>
        <source>{0} follow-ups</source>
        <translation>후속 조치 {0}건</translation>
    </message>
    <message>
        <source>1 import</source>
        <translation>가져오기 1건</translation>
    </message>
    <message>
        <source>{0} imports</source>
        <translation>가져오기 {0}건</translation>
    </message>
    <message>
        <source>two records share one id</source>
        <translation>두 기록이 같은 ID를 씁니다</translation>
    </message>
    <message>
        <source>a record lacks a value it must have</source>
        <translation>꼭 있어야 할 값이 빠진 기록이 있습니다</translation>
    </message>
    <message>
        <source>a value is out of its range (stars 1 to 5, an NPS answer 0 to 10)</source>
        <translation>범위를 벗어난 값이 있습니다(별점은 1-5, NPS 응답은 0-10)</translation>
    </message>
    <message>
        <source>a record refers to another that is not there</source>
        <translation>없는 기록을 가리키는 기록이 있습니다</translation>
    </message>
    <message>
        <source>a value is of the wrong kind (a list or a fraction where a text or a whole number belongs)</source>
        <translation>종류가 맞지 않는 값이 있습니다(텍스트나 정수 자리에 목록이나 소수가 있습니다)</translation>
    </message>
    <message>
        <source>its records do not fit together</source>
        <translation>기록들이 서로 맞지 않습니다</translation>
    </message>
    <message>
        <source>The export could not be restored ({0}); nothing was written.</source>
        <translation>내보낸 파일을 복원할 수 없어({0}) 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The export is damaged: {0}. Nothing was restored. (In detail: {1}.)</source>
        <translation>내보낸 파일이 손상되었습니다: {0}. 아무것도 복원하지 않았습니다. (자세히: {1}.)</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}).</source>
        <translation>{0}이(가) 손상되어 읽을 수 없습니다({1}).</translation>
    </message>
    <message>
        <source>{0} is damaged: its export format is {1}, not a number. Nothing was restored.</source>
        <translation>{0}이(가) 손상되었습니다. 내보내기 형식이 숫자가 아니라 {1}입니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} was written by a newer version of Feedback Desk (export format {1}); nothing was restored. Please update Feedback Desk to restore it.</source>
        <translation>{0}은(는) 더 새로운 버전의 Feedback Desk에서 만든 파일이라(내보내기 형식 {1}) 아무것도 복원하지 않았습니다. 복원하려면 Feedback Desk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Row {0} of {1} cannot be read ({2}); nothing was restored.</source>
        <translation>{1}의 {0}행을 읽을 수 없어({2}) 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>its desk_json is not a Feedback Desk export&apos;s</source>
        <translation>desk_json이 Feedback Desk에서 내보낸 값이 아닙니다</translation>
    </message>
    <message>
        <source>it was written by a newer version of Feedback Desk</source>
        <translation>더 새로운 버전의 Feedback Desk에서 만든 파일입니다</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Business name</source>
        <translation>상호</translation>
    </message>
    <message>
        <source>e.g. Sunrise Bakery</source>
        <translation>예: 해오름 베이커리</translation>
    </message>
    <message>
        <source>Replies and the monthly report use it.</source>
        <translation>답글과 월간 보고서에 쓰입니다.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>내 이름</translation>
    </message>
    <message>
        <source>e.g. Min Park</source>
        <translation>예: 박민</translation>
    </message>
    <message>
        <source>Signs your replies and is recorded as who answered.</source>
        <translation>답글 서명에 쓰이고, 답한 사람으로 기록됩니다.</translation>
    </message>
    <message>
        <source>Unhappy customers</source>
        <translation>불만 고객</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>영업일</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>영업일</translation>
    </message>
    <message>
        <source>Negative feedback and detractors (0-6): call or write back within this many open days.</source>
        <translation>부정 피드백과 비추천 고객(0-6): 이 영업일 안에 전화하거나 답장하세요.</translation>
    </message>
    <message>
        <source>Lukewarm customers</source>
        <translation>미지근한 고객</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Passives (7-8): ask what they liked and what would have made it better.</source>
        <translation>중립 고객(7-8): 좋았던 점과 더 좋아질 점을 물어보세요.</translation>
    </message>
    <message>
        <source>Happy customers</source>
        <translation>만족한 고객</translation>
    </message>
    <message>
        <source>Promoters (9-10): thank them and ask for a review or a referral.</source>
        <translation>추천 고객(9-10): 감사 인사를 하고 리뷰나 소개를 부탁하세요.</translation>
    </message>
    <message>
        <source>At risk after</source>
        <translation>이탈 위험 기준</translation>
    </message>
    <message>
        <source>An unhappy or lukewarm customer nobody has answered or followed up for this long is at risk of leaving quietly.</source>
        <translation>불만이거나 미지근한 고객에게 이만큼 아무도 답하거나 연락하지 않으면 말없이 떠날 위험이 있습니다.</translation>
    </message>
    <message>
        <source>Forget customers after</source>
        <translation>고객 정보 보관 기간</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>year</source>
        <translation>년</translation>
    </message>
    <message>
        <source>The names, e-mails and phone numbers of customers not heard from in this many years are erased when Feedback Desk starts (what they said and their scores stay). Off when 0. You see who first.</source>
        <translation>이 기간 동안 소식이 없는 고객의 이름, 이메일, 전화번호를 Feedback Desk를 시작할 때 지웁니다 (남긴 말과 점수는 그대로). 0이면 꺼집니다. 지우기 전에 누구인지 먼저 보여 드립니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장하지 못함</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>내 가게</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>When you click Follow up, the due day is set by these rules.</source>
        <translation>‘후속 조치’를 누르면 이 규칙에 따라 기한이 정해집니다.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>영업일</translation>
    </message>
    <message>
        <source>Business days count only the days you are open.</source>
        <translation>영업일은 문을 여는 날만 셉니다.</translation>
    </message>
    <message>
        <source>Customers&apos; personal details</source>
        <translation>고객 개인정보</translation>
    </message>
    <message>
        <source>Never (off)</source>
        <translation>지우지 않음 (꺼짐)</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Previous / next feedback</source>
        <translation>이전 / 다음 피드백</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>여러 개 선택</translation>
    </message>
    <message>
        <source>Tag the selection</source>
        <translation>선택한 항목에 태그 붙이기</translation>
    </message>
    <message>
        <source>Change the status of the selection</source>
        <translation>선택한 항목의 상태 바꾸기</translation>
    </message>
    <message>
        <source>Reply to the feedback</source>
        <translation>피드백에 답글 달기</translation>
    </message>
    <message>
        <source>Follow up the selection by your rules</source>
        <translation>선택한 항목을 규칙대로 후속 조치</translation>
    </message>
    <message>
        <source>The customer&apos;s story</source>
        <translation>고객 이력</translation>
    </message>
    <message>
        <source>Mark as spam or fake (again: not spam)</source>
        <translation>스팸 또는 허위로 표시 (다시 누르면 해제)</translation>
    </message>
    <message>
        <source>Add a handling note</source>
        <translation>응대 메모 추가</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>Paste feedback</source>
        <translation>피드백 붙여넣기</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>피드백 추가</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>이 목록</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Feedback Desk could not finish setting up {0} ({1}); nothing in it was lost.</source>
        <translation>Feedback Desk가 {0} 준비를 마치지 못했습니다({1}). 안의 데이터는 하나도 잃지 않았습니다.</translation>
    </message>
    <message>
        <source>Feedback Desk makes no backups of a team server: the server&apos;s own backups (pg_dump) protect the team. An export keeps a copy of the feedback.</source>
        <translation>Feedback Desk는 팀 서버를 백업하지 않습니다. 팀을 지키는 것은 서버 자체의 백업(pg_dump)입니다. 내보내기로 피드백 사본을 남길 수 있습니다.</translation>
    </message>
    <message>
        <source>Feedback Desk cannot save changes to {0}: {1}. Nothing was changed. Allow changes to it (on Windows: Properties, untick Read-only; elsewhere: give yourself write permission), or copy the file to a folder of yours and open that copy.</source>
        <translation>Feedback Desk가 {0}에 변경 내용을 저장할 수 없습니다: {1}. 바뀐 것은 없습니다. 변경을 허용하거나(Windows: 속성에서 읽기 전용 해제, 그 밖의 시스템: 쓰기 권한 부여) 파일을 내 폴더에 복사해 그 사본을 여세요.</translation>
    </message>
    <message>
        <source>Feedback Desk cannot open {0}: the file or its folder cannot be reached (permission, or a disk that is not connected). Nothing was changed.</source>
        <translation>Feedback Desk가 {0}을(를) 열 수 없습니다. 파일이나 폴더에 접근할 수 없습니다(권한 문제이거나 디스크가 연결되어 있지 않습니다). 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>it or its folder is read-only</source>
        <translation>파일이나 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>{0} is not a Feedback Desk database, or it is damaged ({1}).</source>
        <translation>{0}은(는) Feedback Desk 데이터베이스가 아니거나 손상되었습니다({1}).</translation>
    </message>
    <message>
        <source>{0} cannot be opened</source>
        <translation>{0}을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Another program is using {0}; close it and open Feedback Desk again.</source>
        <translation>다른 프로그램이 {0}을(를) 쓰고 있습니다. 그 프로그램을 닫고 Feedback Desk를 다시 여세요.</translation>
    </message>
    <message>
        <source>Feedback Desk cannot open {0} ({1}). Nothing in it was changed.</source>
        <translation>Feedback Desk가 {0}을(를) 열 수 없습니다({1}). 안의 데이터는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The copy does not read back ({0}).</source>
        <translation>사본을 다시 읽을 수 없습니다({0}).</translation>
    </message>
    <message>
        <source>The backup {0} is damaged or incomplete ({1}), so it cannot be restored. Nothing was changed.</source>
        <translation>백업 {0}이(가) 손상되었거나 완전하지 않아({1}) 복원할 수 없습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>{0} is not a Feedback Desk backup. Nothing was changed.</source>
        <translation>{0}은(는) Feedback Desk 백업이 아닙니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The backup {0} was made by a newer version of Feedback Desk; please update Feedback Desk to restore it. Nothing was changed.</source>
        <translation>백업 {0}은(는) 더 새로운 버전의 Feedback Desk에서 만들었습니다. 복원하려면 Feedback Desk를 업데이트하세요. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>The restored copy does not read back ({0}).</source>
        <translation>복원한 사본을 다시 읽을 수 없습니다({0}).</translation>
    </message>
    <message>
        <source>Cannot create the folder {0}: {1}.</source>
        <translation>폴더 {0}을(를) 만들 수 없습니다: {1}.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>파일이 읽기 전용입니다</translation>
    </message>
    <message>
        <source>its folder {0} is read-only</source>
        <translation>폴더 {0}이(가) 읽기 전용입니다</translation>
    </message>
    <message>
        <source>Cannot open {0} for writing (journal mode stayed {1}).</source>
        <translation>{0}을(를) 쓰기용으로 열 수 없습니다(저널 모드가 {1}에서 바뀌지 않았습니다).</translation>
    </message>
    <message>
        <source>{0} was saved by a newer version of Feedback Desk (schema {1}); please update Feedback Desk to open it.</source>
        <translation>{0}은(는) 더 새로운 버전의 Feedback Desk에서 저장했습니다(스키마 {1}). 열려면 Feedback Desk를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Feedback Desk could not bring {0} up to date ({1}). Nothing in it was changed; a copy made before trying is in the backups folder.</source>
        <translation>Feedback Desk가 {0}을(를) 최신 형식으로 바꾸지 못했습니다({1}). 안의 데이터는 바뀌지 않았으며, 시도 전에 만든 사본이 백업 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>The export does not hold together: 1 row of {1} refers to {2} that the export does not have. Nothing was restored.</source>
        <translation>내보낸 파일의 내용이 서로 맞지 않습니다. {1}의 행 1개가 내보낸 파일에 없는 {2}을(를) 가리킵니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The export does not hold together: {0} rows of {1} refer to {2} that the export does not have. Nothing was restored.</source>
        <translation>내보낸 파일의 내용이 서로 맞지 않습니다. {1}의 행 {0}개가 내보낸 파일에 없는 {2}을(를) 가리킵니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is already a tag called {0}.</source>
        <translation>{0} 태그가 이미 있습니다.</translation>
    </message>
    <message>
        <source>{0} is not a colour like #3b7dd8.</source>
        <translation>{0}은(는) #3b7dd8 같은 색상 값이 아닙니다.</translation>
    </message>
    <message>
        <source>Choose another name than {0} for the view.</source>
        <translation>보기 이름으로 {0} 말고 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The team server {0} refused this ({1}). Nothing was changed.</source>
        <translation>팀 서버 {0}이(가) 이 작업을 거부했습니다({1}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The team server {0} has no room left on its disk. Nothing was changed.</source>
        <translation>팀 서버 {0}의 디스크에 남은 공간이 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The team server {0} could not do this ({1}).</source>
        <translation>팀 서버 {0}이(가) 이 작업을 하지 못했습니다({1}).</translation>
    </message>
    <message>
        <source>The team server {0} cannot be reached ({1}). Check that it is running and that this computer is on its network.</source>
        <translation>팀 서버 {0}에 연결할 수 없습니다({1}). 서버가 켜져 있는지, 이 컴퓨터가 같은 네트워크에 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The team server {0} asks for the password of {1}, and none was given. Enter it in Settings &gt; Team (or, on the command line, in PGPASSWORD).</source>
        <translation>팀 서버 {0}이(가) {1}의 비밀번호를 요구하지만 입력된 비밀번호가 없습니다. 설정 &gt; 팀에서 입력하세요(명령줄에서는 PGPASSWORD).</translation>
    </message>
    <message>
        <source>The team server {0} does not offer TLS, which Feedback Desk requires for a server on another computer (so the team&apos;s feedback never crosses the network readable). Its owner turns it on: ssl = on and a certificate, see the README.</source>
        <translation>팀 서버 {0}이(가) TLS를 제공하지 않습니다. 다른 컴퓨터에 있는 서버는 팀의 피드백이 네트워크에서 읽히지 않도록 TLS가 꼭 필요합니다. 서버 관리자가 ssl = on과 인증서를 설정해야 합니다(README 참고).</translation>
    </message>
    <message>
        <source>The team server {0} does not let {1} connect from this computer over TLS: its pg_hba.conf has no line for it. Its owner adds one (hostssl ... scram-sha-256), see the README.</source>
        <translation>팀 서버 {0}이(가) 이 컴퓨터에서 TLS로 접속하는 {1}을(를) 허용하지 않습니다. pg_hba.conf에 해당 줄이 없습니다. 서버 관리자가 줄을 추가해야 합니다(hostssl ... scram-sha-256, README 참고).</translation>
    </message>
    <message>
        <source>The certificate of the team server {0} could not be trusted ({1}).</source>
        <translation>팀 서버 {0}의 인증서를 신뢰할 수 없습니다({1}).</translation>
    </message>
    <message>
        <source>The team server {0} did not accept the user {1} with this password. Check both in Settings &gt; Team.</source>
        <translation>팀 서버 {0}이(가) 이 비밀번호로 사용자 {1}을(를) 받아들이지 않았습니다. 설정 &gt; 팀에서 둘 다 확인하세요.</translation>
    </message>
    <message>
        <source>The address of the team server {0} has a setting that cannot be used ({1}). Check the address.</source>
        <translation>팀 서버 {0}의 주소에 쓸 수 없는 설정이 있습니다({1}). 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The team server {0} has no user {1}.</source>
        <translation>팀 서버 {0}에 사용자 {1}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The team server {0} has no database {1}. Create it on the server first (its owner: createdb), or check its name.</source>
        <translation>팀 서버 {0}에 데이터베이스 {1}이(가) 없습니다. 먼저 서버에서 만들거나(서버 관리자: createdb) 이름을 확인해 주세요.</translation>
    </message>
    <message>
        <source>The team server {0} holds a desk of a newer version of Feedback Desk (schema {1}); please update Feedback Desk on this computer.</source>
        <translation>팀 서버 {0}에는 더 새로운 버전의 Feedback Desk 데이터(스키마 {1})가 있습니다. 이 컴퓨터의 Feedback Desk를 업데이트해 주세요.</translation>
    </message>
    <message>
        <source>The desk on {0} needs an upgrade (schema {1}), which reading alone cannot make. Open it normally once.</source>
        <translation>{0}의 데이터는 업그레이드가 필요합니다(스키마 {1}). 읽기 전용으로는 업그레이드할 수 없으니 한 번 일반 모드로 열어 주세요.</translation>
    </message>
    <message>
        <source>{0} is not a Feedback Desk database (schema {1}).</source>
        <translation>{0}은(는) Feedback Desk 데이터베이스가 아닙니다(스키마 {1}).</translation>
    </message>
    <message>
        <source>by {who} at {when}</source>
        <translation>{when}에 {who}</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>This reply was changed since you opened it ({0}), so your version was not saved. It now shows the latest version: change that one.</source>
        <translation>연 뒤에 이 답글이 바뀌어({0}) 내 수정본은 저장되지 않았습니다. 지금은 최신 내용이 보입니다. 그 내용을 고쳐 주세요.</translation>
    </message>
    <message>
        <source>This feedback was answered after you opened it ({0}). Your reply was not sent yet: read theirs, then send yours as well if it is still needed.</source>
        <translation>연 뒤에 이 피드백에 다른 답글이 달렸습니다({0}). 내 답글은 아직 보내지 않았습니다. 먼저 달린 답글을 읽고, 그래도 필요하면 내 답글도 보내세요.</translation>
    </message>
    <message>
        <source>The feedback “{0}”</source>
        <translation>피드백 “{0}”</translation>
    </message>
    <message>
        <source>The follow-up “{0}”</source>
        <translation>후속 조치 “{0}”</translation>
    </message>
    <message>
        <source>The customer “{0}”</source>
        <translation>고객 “{0}”</translation>
    </message>
    <message>
        <source>The template “{0}”</source>
        <translation>템플릿 “{0}”</translation>
    </message>
    <message>
        <source>its status was changed</source>
        <translation>상태가 바뀜</translation>
    </message>
    <message>
        <source>its sentiment was changed</source>
        <translation>감성이 바뀜</translation>
    </message>
    <message>
        <source>it was assigned</source>
        <translation>담당자가 정해짐</translation>
    </message>
    <message>
        <source>its tags were changed</source>
        <translation>태그가 바뀜</translation>
    </message>
    <message>
        <source>it was marked as spam or not spam</source>
        <translation>스팸 여부가 바뀜</translation>
    </message>
    <message>
        <source>it was moved to or out of the trash</source>
        <translation>휴지통으로 옮기거나 되살림</translation>
    </message>
    <message>
        <source>it was answered</source>
        <translation>답글이 달림</translation>
    </message>
    <message>
        <source>its customer was changed</source>
        <translation>고객이 바뀜</translation>
    </message>
    <message>
        <source>it was edited</source>
        <translation>내용이 수정됨</translation>
    </message>
    <message>
        <source>it was marked done</source>
        <translation>완료로 표시됨</translation>
    </message>
    <message>
        <source>it was merged with another</source>
        <translation>다른 항목과 합쳐짐</translation>
    </message>
    <message>
        <source>personal details were erased</source>
        <translation>개인정보가 삭제됨</translation>
    </message>
    <message>
        <source>it was changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>What you were changing</source>
        <translation>바꾸려던 항목</translation>
    </message>
    <message>
        <source>{0} was deleted on another desk after you opened it, so your change was not saved.</source>
        <translation>연 뒤에 다른 컴퓨터에서 {0}이(가) 삭제되어 변경 사항이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>{what}, by {who} at {when}</source>
        <translation>{what}, {when}에 {who}</translation>
    </message>
    <message>
        <source>{what} at {when}</source>
        <translation>{what}, {when}</translation>
    </message>
    <message>
        <source>{subject} was changed on another desk after you opened it ({detail}), so your change was not saved. It now shows as it is: look at it, and make your change again if it is still needed.</source>
        <translation>연 뒤에 다른 컴퓨터에서 {subject}이(가) 바뀌어({detail}) 변경 사항이 저장되지 않았습니다. 지금은 현재 상태가 보입니다. 확인하고 그래도 필요하면 다시 바꿔 주세요.</translation>
    </message>
    <message>
        <source>{count} of the items you chose were changed on another desk after you opened them (the latest: {detail}), so your change was not saved. They now show as they are: look at them, and make your change again if it is still needed.</source>
        <translation>고른 항목 중 {count}건이 연 뒤에 다른 컴퓨터에서 바뀌어(최근: {detail}) 변경 사항이 저장되지 않았습니다. 지금은 현재 상태가 보입니다. 확인하고 그래도 필요하면 다시 바꿔 주세요.</translation>
    </message>
    <message>
        <source>Moved the desk to {0}: {1} feedback items, {2} replies, {3} follow-ups, {4} notes, {5} customers, {6} tags and {7} templates. This computer&apos;s file is unchanged.</source>
        <translation>데이터를 {0}(으)로 옮겼습니다: 피드백 {1}건, 답글 {2}건, 후속 조치 {3}건, 메모 {4}건, 고객 {5}명, 태그 {6}개, 템플릿 {7}개. 이 컴퓨터의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The desk on {0} already holds {1} feedback items. Moving this desk there would mix the two; nothing was copied. To put this desk in its place, ask to replace it.</source>
        <translation>{0}의 데이터에는 이미 피드백 {1}건이 있습니다. 이 데이터를 옮기면 둘이 섞이므로 아무것도 복사하지 않았습니다. 서버의 데이터를 이 데이터로 바꾸려면 바꾸기를 요청하세요.</translation>
    </message>
    <message>
        <source>The desk on {0} was set up by the user {1}, and only that user can move a desk into it. Nothing was copied: move in as {1}, or ask the server&apos;s owner to hand the desk&apos;s tables to this user.</source>
        <translation>{0}의 데이터는 사용자 {1}이(가) 만들었기 때문에 그 사용자만 데이터를 옮겨 넣을 수 있습니다. 아무것도 복사하지 않았습니다. {1}(으)로 옮기거나, 서버 관리자에게 데이터의 표를 이 사용자에게 넘겨 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>{0} cannot be moved: its table {1} lacks {2}. Open it once with this version of Feedback Desk first.</source>
        <translation>{0}은(는) 옮길 수 없습니다. 표 {1}에 {2}이(가) 없습니다. 먼저 이 버전의 Feedback Desk로 한 번 여세요.</translation>
    </message>
    <message>
        <source>The move to {0} was undone: the server counted {1} rows in {2} where this computer&apos;s file has {3}. Nothing was changed on either side.</source>
        <translation>{0}(으)로 옮기기를 취소했습니다. 서버는 {2}에서 {1}행을 셌지만 이 컴퓨터의 파일에는 {3}행이 있습니다. 양쪽 모두 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The team server&apos;s own copies (its write-ahead log and backups made with pg_dump or by its host) still hold the erased details until they are rotated out; ask whoever runs the server how long it keeps them.</source>
        <translation>팀 서버 자체의 사본(WAL 로그, pg_dump나 호스팅 업체가 만든 백업)에는 지운 정보가 교체될 때까지 남아 있습니다. 얼마나 보관하는지 서버 관리자에게 물어보세요.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Nothing was changed.</source>
        <translation>문제가 생겼습니다: {0}. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>A team server on another computer is reached over TLS only (sslmode=require or stronger), so the team&apos;s feedback never crosses the network readable; {0} asks for sslmode={1}.</source>
        <translation>다른 컴퓨터의 팀 서버는 TLS로만 연결합니다(sslmode=require 이상). 팀의 피드백이 네트워크에서 읽히지 않게 하기 위해서입니다. {0}은(는) sslmode={1}을(를) 요청합니다.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Template {0} (“{1}”): “{2}” must be a list of words.</source>
        <translation>템플릿 {0}(“{1}”): “{2}”은(는) 단어 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>This templates file has no valid version number.</source>
        <translation>이 템플릿 파일에는 올바른 버전 번호가 없습니다.</translation>
    </message>
    <message>
        <source>This templates file was made by a newer version of Feedback Desk; update the app to import it.</source>
        <translation>이 템플릿 파일은 더 새로운 버전의 Feedback Desk에서 만들었습니다. 가져오려면 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>This templates file has no list of templates.</source>
        <translation>이 템플릿 파일에는 템플릿 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Template {0} is not a template.</source>
        <translation>템플릿 {0}은(는) 템플릿이 아닙니다.</translation>
    </message>
    <message>
        <source>Template {0} has no name.</source>
        <translation>템플릿 {0}에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Template {0} (“{1}”) has no text.</source>
        <translation>템플릿 {0}(“{1}”)에 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Template {0} (“{1}”): “{2}” is not one of {3}.</source>
        <translation>템플릿 {0}(“{1}”): “{2}”은(는) {3} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>This file is too large to be a templates file.</source>
        <translation>템플릿 파일이라기에는 파일이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}.</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}.</translation>
    </message>
    <message>
        <source>This file is not a Feedback Desk templates file.</source>
        <translation>이 파일은 Feedback Desk 템플릿 파일이 아닙니다.</translation>
    </message>
</context>
</TS>
