# ruff: noqa: E501  (article text and page furniture are data: long lines on purpose)
"""Article bodies, part C (Thế giới & Việt Nam, Ministry of Foreign Affairs portal).

Our own writing; same DSL as ``articles_a``.  ``K:`` is a kicker printed above
the headline (a label of the series, part of the headline block).
"""

ARTICLES_C = {
"tgvn-phongvan-ngoaivu-2024": """
D: 2024-12-18 07:00
T: Đối ngoại địa phương: Chủ động, sáng tạo, hiệu quả hơn
L: Nhân dịp cuối năm, Báo Thế giới và Việt Nam có cuộc trao đổi với ông Lê Quang Minh, Cục trưởng Cục Ngoại vụ (Bộ Ngoại giao) về kết quả công tác đối ngoại địa phương năm 2024 và định hướng năm 2025.
P: Xin ông cho biết những điểm nổi bật của công tác đối ngoại địa phương năm 2024?
P: Năm 2024, các địa phương đã triển khai hoạt động đối ngoại rất sôi động. Lãnh đạo nhiều tỉnh, thành phố đã chủ động đi xúc tiến đầu tư, thương mại tại các thị trường lớn; đồng thời đón tiếp hàng trăm đoàn khách quốc tế cấp cao.
P: Điểm mới là sự phối hợp giữa Bộ Ngoại giao, các cơ quan đại diện ở nước ngoài và địa phương chặt chẽ hơn. Nhiều cơ quan đại diện đã trở thành “cánh tay nối dài” giúp địa phương tìm kiếm đối tác, quảng bá sản phẩm.
I: Ông Lê Quang Minh, Cục trưởng Cục Ngoại vụ. || Tuấn Anh
P: Theo ông, địa phương cần làm gì để công tác thông tin đối ngoại hiệu quả hơn?
P: Tôi cho rằng các địa phương cần đầu tư cho nội dung. Thông tin phải cụ thể, cập nhật, có số liệu và được thể hiện bằng ngôn ngữ mà đối tác dễ tiếp cận. Một trang thông tin bằng tiếng nước ngoài chỉ có giá trị khi được duy trì thường xuyên và dịch chuẩn xác.
P: Bên cạnh đó, cần tận dụng cộng đồng người Việt Nam ở nước ngoài và lưu học sinh nước ngoài từng học tập tại địa phương như những sứ giả quảng bá hình ảnh.
P: Xin cảm ơn ông!
A: THU TRANG
""",
"tgvn-binhluan-ngoaivu-2024": """
D: 2024-06-03 10:15
K: QUAN ĐIỂM
T: Thông tin đối ngoại cấp tỉnh: Từ “có” đến “hay”
P: Mười năm trước, nhiều tỉnh còn chưa có trang thông tin bằng tiếng nước ngoài. Đến nay, hầu hết các địa phương đã có, thậm chí có tỉnh duy trì tới năm thứ tiếng. Câu hỏi đặt ra không còn là “có hay không”, mà là thông tin ấy có được đọc, được tin và được sử dụng hay không.
P: Thực tế cho thấy, nhiều bài viết tiếng nước ngoài chỉ là bản dịch nguyên văn của tin tiếng Việt, dài và nặng về thủ tục hội nghị. Nhà đầu tư nước ngoài cần biết quỹ đất còn bao nhiêu, thủ tục mất bao lâu, chi phí lao động thế nào, những thông tin ấy lại thường vắng bóng.
H: Đặt người đọc vào trung tâm
P: Muốn thông tin đối ngoại “hay”, trước hết phải xác định người đọc là ai, họ cần gì. Một bài viết cho doanh nghiệp Hàn Quốc khác với bài viết cho du khách Lào hay cho cộng đồng người Việt ở châu Âu.
P: Thứ hai, cần đội ngũ biên tập viên giỏi ngoại ngữ và hiểu địa phương. Công cụ dịch tự động có thể hỗ trợ, nhưng không thể thay thế người kiểm tra cuối cùng.
I: Một gian hàng giới thiệu sản phẩm địa phương tại hội chợ quốc tế. (Ảnh minh họa)
P: Cuối cùng, cần đo lường hiệu quả: bao nhiêu người đọc, từ những quốc gia nào, bao nhiêu lượt liên hệ sau khi đọc. Có số liệu, địa phương mới biết nên đầu tư tiếp vào đâu.
A: Nguyễn Hoàng Long
A: Giám đốc Sở Ngoại vụ tỉnh Thừa Thiên Huế
""",
"tgvn-ngoaigiao-nhandan-2023": """
D: 2023-10-12 16:20
T: Ngoại giao nhân dân góp phần vun đắp quan hệ Việt Nam - Campuchia
L: Trải qua nhiều thăng trầm của lịch sử, quan hệ hữu nghị giữa nhân dân Việt Nam và Campuchia được vun đắp bởi nhiều thế hệ, trong đó các tổ chức hữu nghị giữ vai trò quan trọng.
P: Hội Hữu nghị Việt Nam - Campuchia và Hội Hữu nghị Campuchia - Việt Nam thường xuyên phối hợp tổ chức các chuyến thăm, trao đổi đoàn thanh niên, phụ nữ, cựu chiến binh và nghệ sĩ hai nước.
I: Thanh niên hai nước tham gia trại hè hữu nghị tại Tây Ninh. || TGVN
I: Thanh niên hai nước tham gia trại hè hữu nghị tại Tây Ninh năm 2023, một trong những hoạt động giao lưu nhân dân thường niên của hai nước. || TGVN
P: Các địa phương giáp biên như Tây Ninh, Long An, Đồng Tháp, An Giang, Kiên Giang duy trì nhiều mô hình kết nghĩa giữa các xã, bản hai bên biên giới, cùng nhau giải quyết những vấn đề dân sinh.
P: Trong những năm tới, các tổ chức hữu nghị sẽ tập trung vào giáo dục truyền thống cho thế hệ trẻ, thông qua các cuộc thi tìm hiểu lịch sử quan hệ hai nước và chương trình giao lưu trực tuyến.
A: Minh Quân
""",
"tgvn-vanhoa-2024": """
D: 2024-03-05 21:30
T: Tuần Văn hóa Việt Nam tại Lào: Đậm đà tình hữu nghị
L: Tuần Văn hóa Việt Nam tại Lào năm 2024 đã diễn ra tại Thủ đô Viêng Chăn và tỉnh Luông Pha-bang với nhiều hoạt động đặc sắc, thu hút đông đảo công chúng nước bạn.
P: Tuần Văn hóa gồm triển lãm ảnh về di sản Việt Nam, tuần phim Việt Nam, biểu diễn nghệ thuật truyền thống và trình diễn ẩm thực ba miền.
P: Tại lễ khai mạc, các nghệ sĩ Nhà hát Ca múa nhạc Việt Nam đã biểu diễn các tiết mục múa, hát dân ca và hòa tấu nhạc cụ dân tộc, trong đó có bài hát tiếng Lào được khán giả nhiệt liệt hưởng ứng.
I: Tiết mục múa của các nghệ sĩ Việt Nam tại lễ khai mạc. || Đình Hòa
P: Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào đánh giá Tuần Văn hóa là dịp để nhân dân Lào hiểu thêm về đất nước, con người Việt Nam, góp phần vun đắp quan hệ đặc biệt giữa hai nước.
A: Đình Hòa
""",
"tgvn-kieubao-campuchia-2024": """
D: 2024-07-26 08:05
T: Dạy tiếng Việt cho con em kiều bào tại Campuchia: Những lớp học bên sông
L: Trên những chiếc nhà bè dọc sông Tonle Sap, các lớp học tiếng Việt vẫn đều đặn sáng đèn mỗi tối, giúp con em người gốc Việt giữ gìn tiếng mẹ đẻ.
P: Cô giáo Nguyễn Thị Hoa đã gắn bó với lớp học tại tỉnh Kampong Chhnang hơn mười năm. Lớp của cô có 35 học sinh, nhỏ nhất 6 tuổi, lớn nhất 15 tuổi.
P: Sách giáo khoa, vở viết do Ủy ban Nhà nước về người Việt Nam ở nước ngoài và các nhà hảo tâm gửi tặng. Ban ngày các em học trường Campuchia, buổi tối học tiếng Việt.
I: Một lớp học tiếng Việt trên sông Tonle Sap. || Hoàng Hà
H: Giữ tiếng Việt là giữ cội nguồn
P: Theo Hội Khmer - Việt Nam tại Campuchia, toàn Hội hiện duy trì hơn 20 lớp tiếng Việt với khoảng 1.500 học sinh. Nhiều em sau này trở thành phiên dịch viên, làm việc cho doanh nghiệp Việt Nam tại Campuchia.
P: Đại sứ quán Việt Nam tại Campuchia cho biết sẽ tiếp tục phối hợp tổ chức các lớp bồi dưỡng phương pháp giảng dạy cho giáo viên.
A: Hoàng Hà
""",
"mofa-thutruong-tiep-2024": """
D: 2024-04-16
T: Thứ trưởng Ngoại giao tiếp Đại sứ Lào chào từ biệt
P: Ngày 16/4, tại trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Nguyễn Minh Hằng đã tiếp Đại sứ Lào Xẻng-phết Hù-ma-lay đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.
P: Thứ trưởng đánh giá cao những đóng góp tích cực của Đại sứ trong thúc đẩy quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam - Lào, nhất là trong việc tổ chức các chuyến thăm cấp cao và triển khai các thỏa thuận hợp tác.
P: Đại sứ Xẻng-phết Hù-ma-lay cảm ơn sự hỗ trợ của Bộ Ngoại giao và các bộ, ngành, địa phương Việt Nam trong thời gian ông công tác, khẳng định dù ở cương vị nào cũng sẽ tiếp tục đóng góp cho quan hệ hai nước.
""",
"mofa-ngoaivu-hoinghi-2023": """
D: 2023-12-22
T: Hội nghị Ngoại vụ toàn quốc lần thứ 21
P: Ngày 21/12, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 21 với chủ đề “Đối ngoại địa phương đồng hành cùng phát triển”.
P: Hội nghị đã đánh giá kết quả công tác ngoại vụ giai đoạn 2021 - 2023, trao đổi kinh nghiệm và đề ra nhiệm vụ trong thời gian tới.
P: Các đại biểu tập trung thảo luận các nội dung:
U: Nâng cao hiệu quả ngoại giao kinh tế phục vụ phát triển địa phương;
U: Công tác quản lý đoàn ra, đoàn vào và hội nghị, hội thảo quốc tế;
U: Công tác thông tin đối ngoại và quảng bá hình ảnh địa phương;
U: Công tác về người Việt Nam ở nước ngoài và bảo hộ công dân.
P: Phát biểu bế mạc, Thứ trưởng Thường trực Nguyễn Minh Vũ đề nghị các sở ngoại vụ tiếp tục nâng cao năng lực tham mưu, chủ động đề xuất các sáng kiến hợp tác phù hợp với thế mạnh của địa phương.
S: Nguồn: Cục Ngoại vụ
""",
"mofa-baoho-2024": """
D: 2024-08-30
T: Bảo hộ công dân Việt Nam gặp nạn tại Lào
P: Ngày 29/8, Tổng Lãnh sự quán Việt Nam tại Pakse đã phối hợp với chính quyền tỉnh Champasak (Lào) giải quyết vụ tai nạn giao thông làm 3 công dân Việt Nam bị thương.
P: Ngay khi nhận được thông tin, Tổng Lãnh sự quán đã cử cán bộ đến bệnh viện thăm hỏi, hỗ trợ thủ tục điều trị và liên hệ với gia đình các nạn nhân tại Việt Nam.
P: Tổng Lãnh sự quán khuyến cáo công dân Việt Nam khi tham gia giao thông tại Lào cần tuân thủ luật lệ giao thông sở tại, mang theo đầy đủ giấy tờ tùy thân và lưu số điện thoại đường dây nóng bảo hộ công dân.
S: (Theo Cục Lãnh sự)
""",
"mofa-hop-bao-2024": """
D: 2024-11-07
T: Người Phát ngôn Bộ Ngoại giao trả lời câu hỏi về hợp tác Mê Công - Lan Thương
P: Ngày 7/11, tại buổi họp báo thường kỳ của Bộ Ngoại giao, trả lời câu hỏi của phóng viên về quan điểm của Việt Nam đối với hợp tác Mê Công - Lan Thương, Người Phát ngôn Bộ Ngoại giao Phạm Thu Hằng nêu rõ:
P: “Việt Nam coi trọng và tích cực tham gia các cơ chế hợp tác tiểu vùng Mê Công, trong đó có hợp tác Mê Công - Lan Thương, trên tinh thần bình đẳng, cùng có lợi và tôn trọng luật pháp quốc tế.
P: Việt Nam mong muốn các nước thành viên tăng cường chia sẻ dữ liệu về nguồn nước, phối hợp quản lý, sử dụng bền vững tài nguyên nước sông Mê Công vì lợi ích của người dân trong lưu vực.”
""",
}
